/// English page metadata that some scraped pages carry (`Published Date: 2020-05-12`).
enum MetadataLine {
  private static let keys: Set<String> = [
    "published date", "date published", "country", "countries", "region", "tags", "topic",
    "topics", "language", "author", "source", "type", "published", "updated", "last updated",
    "location", "date", "category",
  ]

  /// Whether `text` is a metadata line: a known English key, a colon, a value.
  static func matches(_ text: String) -> Bool {
    guard mayMatch(text) else { return false }
    guard let colon = text.firstIndex(of: ":") else { return false }
    let key = text[..<colon].trimmingWhiteSpace().lowercased()
    return keys.contains(key) && text.count <= 120
  }

  /// False when the bytes before the first colon byte show that `text` is no metadata line;
  /// true when they cannot tell.
  ///
  /// The first `:` character is at or after the first colon byte, and when it is after it,
  /// the key holds that byte and is no key. A key is ASCII: the bytes before the colon cannot
  /// make one when they hold a scalar from U+0080 to U+02FF that is not white space (it
  /// stays in the trimmed key, no combining mark or white space joining it, and lower-cases
  /// to a letter beyond ASCII); when they are ASCII, trimming and lower-casing them is
  /// reading the key.
  private static func mayMatch(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
      var isASCII = true
      var index = 0
      while index < colon {
        let lead = bytes[index]
        guard lead >= 0x80 else {
          index += 1
          continue
        }
        let (value, length) = UTF8Scalar.decode(bytes, at: index)
        if value < 0x300 && value != 0x85 && value != 0xA0 { return false }
        isASCII = false
        index += length
      }
      guard isASCII else { return true }
      var start = 0
      var end = colon
      while start < end, ScalarBytes.whiteSpaceLength(at: start, in: bytes) > 0 { start += 1 }
      while end > start, ScalarBytes.whiteSpaceLength(at: end - 1, in: bytes) > 0 { end -= 1 }
      guard end - start <= longestKey else { return false }
      let key = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]).map { byte in
          (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
        }, as: UTF8.self)
      return keys.contains(key)
    }
  }

  /// The length of the longest key, in bytes.
  private static let longestKey = keys.map(\.utf8.count).max() ?? 0
}
