/// A paragraph's UTF-8 bytes as a name scanner reads them: scalars decoded on the spot, and
/// the bounds of the text a regular expression engine was given (`floor`, where look-behinds
/// stop; `limit`, where the text ends), so that a scanner sees exactly what the engine saw.
struct NameText {
  let bytes: UnsafeBufferPointer<UInt8>
  let floor: Int
  let limit: Int
  /// `ScalarClass.table`.
  private let classes = ScalarClass.table
  /// The string whose bytes these are, when the bounds are the whole of it.
  private let string: String?

  /// The text of `bytes` from `floor` to `limit`; `string` is the string of all the bytes,
  /// when the bounds are its own.
  init(bytes: UnsafeBufferPointer<UInt8>, floor: Int, limit: Int, string: String? = nil) {
    self.bytes = bytes
    self.floor = floor
    self.limit = limit
    self.string = string
  }

  /// The `ScalarClass` flags of the scalar `value`.
  @inline(__always)
  func flags(of value: UInt32) -> UInt8 {
    value < ScalarClass.tableSize ? classes[Int(value)] : ScalarClass.computed(value)
  }

  /// The scalar at `offset` (before `limit`) and the offset after it.
  @inline(__always)
  func scalar(at offset: Int) -> (value: UInt32, next: Int) {
    let (value, length) = UTF8Scalar.decode(bytes, at: offset)
    return (value, offset + length)
  }

  /// The `ScalarClass` flags of the scalar at `offset`, none at the limit.
  @inline(__always)
  func flags(at offset: Int) -> UInt8 {
    offset < limit ? flags(of: scalar(at: offset).value) : 0
  }

  /// The offset where the scalar before `offset` starts.
  @inline(__always)
  func start(before offset: Int) -> Int {
    var start = offset - 1
    while bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// `(?<![\p{L}])` at `offset` is false: a letter comes before it.
  func followsLetter(_ offset: Int) -> Bool {
    offset > floor
      && flags(of: scalar(at: start(before: offset)).value)
        & ScalarClass.letter != 0
  }

  /// Whether `literal`'s bytes are the text's from `offset` on.
  @inline(__always)
  func holds(_ literal: [UInt8], at offset: Int) -> Bool {
    guard offset + literal.count <= limit else { return false }
    for index in literal.indices where bytes[offset + index] != literal[index] { return false }
    return true
  }

  /// Whether the two ASCII bytes `first`, `second` are the text's at `offset`.
  @inline(__always)
  func holds(_ first: UInt8, _ second: UInt8, at offset: Int) -> Bool {
    offset + 2 <= limit && bytes[offset] == first && bytes[offset + 1] == second
  }

  /// The end of the white space (`\s*`) from `offset`.
  @inline(__always)
  func spaces(from offset: Int) -> Int {
    var end = offset
    while end < limit {
      let (value, next) = scalar(at: end)
      guard flags(of: value) & ScalarClass.space != 0 else { break }
      end = next
    }
    return end
  }

  /// The end of `\s+` from `offset`, nil without white space there.
  @inline(__always)
  func someSpaces(from offset: Int) -> Int? {
    let end = spaces(from: offset)
    return end > offset ? end : nil
  }

  /// The end of the scalars from `offset` on that have one of `flags`, or are a hyphen when
  /// `hyphen` (`[\p{L}\-]*` and the like).
  @inline(__always)
  func run(from offset: Int, of classes: UInt8, hyphen: Bool) -> Int {
    var end = offset
    while end < limit {
      let (value, next) = scalar(at: end)
      guard flags(of: value) & classes != 0 || (hyphen && value == 0x2D) else { break }
      end = next
    }
    return end
  }

  /// Whether the scalar at `offset` is `'` or `’` (`['’]`).
  @inline(__always)
  func isApostrophe(at offset: Int) -> Bool {
    guard offset < limit else { return false }
    return bytes[offset] == 0x27
      || (bytes[offset] == 0xE2 && offset + 3 <= limit && bytes[offset + 1] == 0x80
        && bytes[offset + 2] == 0x99)
  }

  /// `[\p{Lu}][<classes>\-]+` at `offset`: a capital and at least one more letter of
  /// `classes` or hyphen; the end of the word.
  func capitalisedWord(at offset: Int, then classes: UInt8) -> Int? {
    guard offset < limit else { return nil }
    let (value, next) = scalar(at: offset)
    guard flags(of: value) & ScalarClass.upper != 0 else { return nil }
    let end = run(from: next, of: classes, hyphen: true)
    return end > next ? end : nil
  }

  /// `\b` at `offset` as ICU reads it: a word character on one side only, grapheme
  /// extenders and format characters looked through (and never a boundary before one).
  func isWordBoundary(at offset: Int) -> Bool {
    var isWord = false
    if offset < limit {
      let flags = flags(of: scalar(at: offset).value)
      if flags & ScalarClass.transparent != 0 { return false }
      isWord = flags & ScalarClass.word != 0
    }
    var position = offset
    var wasWord = false
    while position > floor {
      position = start(before: position)
      let flags = flags(of: scalar(at: position).value)
      if flags & ScalarClass.transparent == 0 {
        wasWord = flags & ScalarClass.word != 0
        break
      }
    }
    return isWord != wasWord
  }

  /// Whether `offset` starts a character of the string made of the bytes from `floor` to
  /// `limit`: a match the engine ends inside a character cannot be made a `String` range,
  /// and was dropped.
  func isCharacterBoundary(_ offset: Int) -> Bool {
    if offset == floor || offset == limit { return true }
    let next = scalar(at: offset).value
    let previous = scalar(at: start(before: offset)).value
    // Below U+0300 nothing extends or prepends a character: only CR LF is one.
    if next < 0x300 && previous < 0x300 { return !(previous == 0x0D && next == 0x0A) }
    // The string itself when there is one (a window of a long text would cost its length).
    let window =
      string
      ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[floor..<limit]), as: UTF8.self)
    let index = window.utf8.index(window.utf8.startIndex, offsetBy: offset - floor)
    return String.Index(index, within: window) != nil
  }
}
