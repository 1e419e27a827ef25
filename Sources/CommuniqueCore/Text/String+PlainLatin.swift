extension String {
  /// Whether the text is plain Latin: every scalar below U+0300 (all of Latin, French
  /// included) or general punctuation and currency signs (U+2002–U+20BF, joiners excepted),
  /// with no carriage return. Checked on the UTF-8 bytes in one pass.
  ///
  /// Such a text has two properties the pipeline relies on for speed: every scalar is a
  /// grapheme cluster of its own (walking its scalars is walking its characters), and it is
  /// already in Unicode normalisation form C.
  var isPlainLatin: Bool {
    if let plain = utf8.withContiguousStorageIfAvailable(Self.isPlainLatin) { return plain }
    return Array(utf8).withUnsafeBufferPointer(Self.isPlainLatin)
  }

  /// `isPlainLatin` on UTF-8 bytes; eight ASCII bytes at a time where it can.
  private static func isPlainLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count {
        let word = ByteWord.load(bytes, at: index)
        if ByteWord.isASCII(word) {
          if ByteWord.holds(0x0D, in: word) { return false }
          index += 8
          continue
        }
      }
      switch bytes[index] {
      case 0x0D: return false
      case 0..<0x80, 0x80..<0xC0, 0xC2..<0xCC: index += 1
      case 0xE2:
        guard index + 2 < count else { return false }
        switch (bytes[index + 1], bytes[index + 2]) {
        case (0x80, 0x80), (0x80, 0x81), (0x80, 0x8C), (0x80, 0x8D): return false
        case (0x80...0x82, _): index += 3
        default: return false
        }
      default: return false
      }
    }
    return true
  }
}

extension String {
  /// The number of characters: `count`, read on the bytes when the text is plain Latin (a
  /// scalar a character there, so the bytes that open a scalar are counted).
  var characterCount: Int {
    guard isPlainLatin else { return count }
    var text = self
    return text.withUTF8 { bytes in bytes.count(where: { $0 & 0xC0 != 0x80 }) }
  }
}
