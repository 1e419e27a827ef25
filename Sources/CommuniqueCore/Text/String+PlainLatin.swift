extension String {
  /// Whether the text is plain Latin: every scalar below U+0300 (all of Latin, French
  /// included) or general punctuation and currency signs (U+2002–U+20BF, joiners excepted),
  /// with no carriage return. Checked on the UTF-8 bytes in one pass.
  ///
  /// Such a text has two properties the pipeline relies on for speed: every scalar is a
  /// grapheme cluster of its own (walking its scalars is walking its characters), and it is
  /// already in Unicode normalisation form C.
  var isPlainLatin: Bool { plainLatinCount != nil }

  /// The number of scalars when the text is plain Latin (each then a character of its own),
  /// nil otherwise: `isPlainLatin` and the count in one pass over the bytes.
  var plainLatinCount: Int? {
    if let count = utf8.withContiguousStorageIfAvailable(Self.plainLatinCount) { return count }
    return Array(utf8).withUnsafeBufferPointer(Self.plainLatinCount)
  }

  /// `plainLatinCount` on UTF-8 bytes; eight ASCII bytes at a time where it can.
  private static func plainLatinCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = bytes.count
    var index = 0
    var scalars = 0
    while index < count {
      if index + 8 <= count {
        // The ASCII bytes before the first that is not are scalars of their own; a carriage
        // return among the eight bytes ends the walk (no byte of a longer scalar is 0x0D).
        let word = ByteWord.load(bytes, at: index)
        if ByteWord.holds(0x0D, in: word) { return nil }
        let ascii = (word & ByteWord.highs).trailingZeroBitCount >> 3
        index += ascii
        scalars += ascii
        if ascii == 8 { continue }
      }
      switch bytes[index] {
      case 0x0D: return nil
      case 0..<0x80, 0xC2..<0xCC:
        index += 1
        scalars += 1
      case 0x80..<0xC0: index += 1
      case 0xE2:
        guard index + 2 < count else { return nil }
        switch (bytes[index + 1], bytes[index + 2]) {
        case (0x80, 0x80), (0x80, 0x81), (0x80, 0x8C), (0x80, 0x8D): return nil
        case (0x80...0x82, _):
          index += 3
          scalars += 1
        default: return nil
        }
      default: return nil
      }
    }
    return scalars
  }
}

extension String {
  /// The number of characters: `count`, read on the bytes when the text is plain Latin (a
  /// scalar a character there, so the bytes that open a scalar are counted).
  var characterCount: Int {
    plainLatinCount ?? count
  }
}
