/// A run of characters at one end of a place in a text: `suffix` and `prefix` by characters,
/// counted on the UTF-8 bytes when the scalars there (and their neighbours) are lone scalars,
/// each a character of its own; by characters otherwise.
enum CharacterWindow {
  /// `text[..<end].suffix(length)`.
  static func suffix(of text: String, before end: String.Index, length: Int) -> Substring {
    let utf8 = text.utf8
    let endOffset = utf8.distance(from: utf8.startIndex, to: end)
    let found =
      utf8.withContiguousStorageIfAvailable { bytes in
        startOffset(in: bytes, end: endOffset, length: length)
      } ?? nil
    guard let found else { return text[..<end].suffix(length) }
    return text[utf8.index(utf8.startIndex, offsetBy: found)..<end]
  }

  /// `text[start...].prefix(length)`.
  static func prefix(of text: String, from start: String.Index, length: Int) -> Substring {
    let utf8 = text.utf8
    let startOffset = utf8.distance(from: utf8.startIndex, to: start)
    let found =
      utf8.withContiguousStorageIfAvailable { bytes in
        endOffset(in: bytes, start: startOffset, length: length)
      } ?? nil
    guard let found else { return text[start...].prefix(length) }
    return text[start..<utf8.index(utf8.startIndex, offsetBy: found)]
  }

  /// The offset `length` scalars before `end`, or the start; nil when one of those scalars, the
  /// one before them or the one after them may share a character with its neighbour.
  private static func startOffset(
    in bytes: UnsafeBufferPointer<UInt8>, end: Int, length: Int
  ) -> Int? {
    if end < bytes.count {
      guard LoneScalars.length(at: end, in: bytes) != nil else { return nil }
    }
    var position = end
    var count = 0
    while position > 0 {
      // Eight ASCII bytes but CR are eight lone scalars inside the window: stepped over at once.
      if count + 8 <= length && position >= 8
        && isPlainASCII(ByteWord.load(bytes, at: position - 8))
      {
        position -= 8
        count += 8
        continue
      }
      var start = position - 1
      while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
      guard LoneScalars.length(at: start, in: bytes) != nil else { return nil }
      // The scalar before the window is read only to know that a character starts after it.
      if count == length { return position }
      position = start
      count += 1
    }
    return position
  }

  /// The offset `length` scalars after `start`, or the end; nil when one of those scalars, the
  /// one before them or the one after them may share a character with its neighbour.
  private static func endOffset(
    in bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int
  ) -> Int? {
    if start > 0 {
      var before = start - 1
      while before > 0 && bytes[before] & 0xC0 == 0x80 { before -= 1 }
      guard LoneScalars.length(at: before, in: bytes) != nil else { return nil }
    }
    var position = start
    var count = 0
    while position < bytes.count {
      if count + 8 <= length && position + 8 <= bytes.count
        && isPlainASCII(ByteWord.load(bytes, at: position))
      {
        position += 8
        count += 8
        continue
      }
      guard let scalarLength = LoneScalars.length(at: position, in: bytes) else { return nil }
      // The scalar after the window is read only to know that a character ends before it.
      if count == length { return position }
      position += scalarLength
      count += 1
    }
    return position
  }

  /// Whether the eight bytes of `word` are ASCII and none is a carriage return: eight lone
  /// scalars (`LoneScalars`), one byte each.
  @inline(__always)
  private static func isPlainASCII(_ word: UInt64) -> Bool {
    ByteWord.isASCII(word) && !ByteWord.holds(0x0D, in: word)
  }
}
