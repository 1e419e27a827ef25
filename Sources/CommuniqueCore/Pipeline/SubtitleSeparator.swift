/// The ` : ` between a title and its subtitle, found on the bytes: what the pattern `\s+:\s+`
/// found, white space as the engine reads it (`ScalarClass.space`, no-break spaces included).
enum SubtitleSeparator {
  /// The first separator in `line`, from the start of the white space before its colon to the
  /// end of the white space after it; nil when no colon has white space on both sides, or when
  /// the first separator does not start and end on character boundaries (the engine's match
  /// then gave no separator: `Range(_:in:)` could not convert it).
  static func range(in line: String) -> Range<String.Index>? {
    let offsets =
      line.utf8.withContiguousStorageIfAvailable(range(in:))
      ?? Array(line.utf8)
      .withUnsafeBufferPointer(range(in:))
    return offsets.flatMap { line.characterRange(utf8: $0) }
  }

  /// The first separator's byte offsets in the UTF-8 text `bytes`.
  private static func range(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var spaceStart: Int?
    var index = 0
    while index < bytes.count {
      let (value, length) = UTF8Scalar.decode(bytes, at: index)
      if ScalarClass.flags(value) & ScalarClass.space != 0 {
        if spaceStart == nil { spaceStart = index }
      } else if value == 0x3A, let start = spaceStart {
        let end = spaceEnd(bytes, from: index + 1)
        if end > index + 1 { return start..<end }
        spaceStart = nil
      } else {
        spaceStart = nil
      }
      index += length
    }
    return nil
  }

  /// The offset after the run of white space that starts at `index`.
  private static func spaceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var index = index
    while index < bytes.count {
      let (value, length) = UTF8Scalar.decode(bytes, at: index)
      guard ScalarClass.flags(value) & ScalarClass.space != 0 else { break }
      index += length
    }
    return index
  }
}
