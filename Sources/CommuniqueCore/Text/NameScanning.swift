/// A hand-written scanner that replaces a regular expression once tried, anchored, at the
/// places where one of its literals starts (`AnchoredPattern` in the tests): it reads each match
/// from the same window of text the engine was given, and gives the same matches. No match
/// starts right after an ASCII letter (the patterns' look-behinds say so).
protocol AnchoredNameScanner: Sendable {
  /// The most UTF-8 bytes a match spans (what `NameWindow` reads).
  var reach: Int { get }
  /// How many scalars before a match its look-behind reads.
  var lookBehind: Int { get }
  /// The literals a match opens with, each of two bytes or more.
  var openings: [String] { get }
  /// Whether a match may start at `offset`, where one of `openings` may: a cheap test of its
  /// literal and look-behind, read in the whole text (they read no further than the window).
  func mayStart(at offset: Int, in text: NameText) -> Bool
  /// The end of the match that starts at `offset`, read in `text` (the window).
  func end(at offset: Int, in text: NameText) -> Int?
}

extension AnchoredNameScanner {
  /// The match that starts at `offset`, where one of `openings` may, read in
  /// the window the engine was given, and the offset the search goes on from: the match's
  /// end, or the next byte. `whole` is the text of all the `bytes`.
  @inline(__always)
  func match(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, whole: NameText) -> (
    range: Range<Int>?, resume: Int
  ) {
    guard mayStart(at: offset, in: whole) else { return (nil, offset + 1) }
    var floor = offset
    for _ in 0..<lookBehind where floor > 0 {
      floor -= 1
      while bytes[floor] & 0xC0 == 0x80 { floor -= 1 }
    }
    let limit = NameWindow.end(in: bytes, from: offset, reach: reach)
    let window = NameText(bytes: bytes, floor: floor, limit: limit)
    if let end = end(at: offset, in: window), window.isCharacterBoundary(offset),
      window.isCharacterBoundary(end)
    {
      return (offset..<end, end)
    }
    return (nil, offset + 1)
  }
}

/// A hand-written scanner that replaces a regular expression `Pattern` run over a whole text:
/// each match is searched from the end of the one before, and a match the engine ended inside
/// a character is dropped (it still hides what it overlaps), as `Pattern` did. No match starts
/// right after an ASCII letter (the patterns' look-behinds say so).
protocol UnanchoredNameScanner: Sendable {
  /// The literals a match opens with, each of two bytes or more.
  var openings: [String] { get }
  /// The end of the match that starts at `offset`.
  func end(at offset: Int, in text: NameText) -> Int?
}

extension UnanchoredNameScanner {
  /// The match that starts at `offset`, where one of `openings` may, and the
  /// offset the search goes on from: the match's end (a match that ends inside a character
  /// is dropped but still hides what it overlaps), or the next byte. `whole` is the text of
  /// all the bytes, with its string.
  @inline(__always)
  func match(at offset: Int, whole: NameText) -> (range: Range<Int>?, resume: Int) {
    guard let end = end(at: offset, in: whole) else { return (nil, offset + 1) }
    let isWhole = whole.isCharacterBoundary(offset) && whole.isCharacterBoundary(end)
    return (isWhole ? offset..<end : nil, end)
  }
}

extension String {
  /// The range of the UTF-8 offsets `range`.
  func range(ofUTF8 range: Range<Int>) -> Range<String.Index> {
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    return lower..<utf8.index(lower, offsetBy: range.count)
  }
}
