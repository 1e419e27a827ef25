/// Eight bytes read as one integer and tested at once (SIMD within a register): the one load
/// and the constants of every byte scan that steps over eight bytes at a time (line breaks to
/// normalise, mojibake leads, control characters, ASCII runs, guillemets, digits).
///
/// Each test is exact as a yes-or-no answer for the whole word (a borrow can only mark bytes
/// after one that truly matches).
enum ByteWord {
  /// 0x01 in each byte: times a byte, that byte in each byte.
  static let ones: UInt64 = 0x0101_0101_0101_0101
  /// Bit 7 of each byte.
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes of `bytes` from `index` (which has eight bytes after it, itself included).
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
  }

  /// Whether every byte of `word` is ASCII.
  @inline(__always)
  static func isASCII(_ word: UInt64) -> Bool {
    word & highs == 0
  }

  /// Whether one of the bytes of `word` is `byte`.
  @inline(__always)
  static func holds(_ byte: UInt8, in word: UInt64) -> Bool {
    let difference = word ^ (ones &* UInt64(byte))
    return (difference &- ones) & ~difference & highs != 0
  }

  /// Whether one of the bytes of `word` is below `limit` (at most 0x80).
  @inline(__always)
  static func holdsByte(below limit: UInt8, in word: UInt64) -> Bool {
    (word &- ones &* UInt64(limit)) & ~word & highs != 0
  }
}
