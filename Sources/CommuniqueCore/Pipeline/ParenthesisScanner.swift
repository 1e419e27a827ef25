/// Finds text in parentheses (`(OIM)`, `(Organisation internationale pour les migrations)`),
/// as the regular expression `\(([^()]{1,160})\)` did: the whole match, and what the
/// parentheses hold as its one group.
struct ParenthesisScanner: Sendable {
  /// The most scalars between the parentheses.
  private let longest = 160

  /// All the matches in `text`, first to last; a group that does not start and end on
  /// characters is nil, a match that does not is dropped (as `Pattern` did).
  func matches(in text: String) -> [Pattern.Match] {
    let scan = { (bytes: UnsafeBufferPointer<UInt8>) in
      self.scan(NameText(bytes: bytes, floor: 0, limit: bytes.count, string: text))
    }
    let found =
      text.utf8.withContiguousStorageIfAvailable(scan)
      ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    return found.map { match in
      Pattern.Match(
        range: text.range(ofUTF8: match.whole), groups: [match.inner.map(text.range(ofUTF8:))])
    }
  }

  /// The matches in `text`, as UTF-8 offsets.
  private func scan(_ text: NameText) -> [(whole: Range<Int>, inner: Range<Int>?)] {
    let bytes = text.bytes
    var found: [(whole: Range<Int>, inner: Range<Int>?)] = []
    var offset = 0
    while true {
      offset = Self.nextOpening(in: bytes, from: offset)
      guard offset < bytes.count else { break }
      guard let close = close(after: offset, in: text) else {
        offset += 1
        continue
      }
      if text.isCharacterBoundary(offset) && text.isCharacterBoundary(close + 1) {
        let inner =
          text.isCharacterBoundary(offset + 1) && text.isCharacterBoundary(close)
          ? offset + 1..<close : nil
        found.append((offset..<close + 1, inner))
      }
      offset = close + 1
    }
    return found
  }

  /// The offset of the first `(` in `bytes` from `start`, or `bytes.count`: eight bytes at a
  /// time while none of them is one.
  private static func nextOpening(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var offset = start
    while offset + 8 <= bytes.count, !ByteWord.holds(0x28, in: ByteWord.load(bytes, at: offset)) {
      offset += 8
    }
    while offset < bytes.count, bytes[offset] != 0x28 { offset += 1 }
    return offset
  }

  /// The offset of the `)` that closes the `(` at `open`, with one to `longest` scalars and
  /// no parenthesis between them.
  private func close(after open: Int, in text: NameText) -> Int? {
    var position = open + 1
    var count = 0
    while position < text.limit {
      let (value, next) = text.scalar(at: position)
      if value == 0x28 { return nil }
      if value == 0x29 { return count >= 1 ? position : nil }
      count += 1
      if count > longest { return nil }
      position = next
    }
    return nil
  }
}
