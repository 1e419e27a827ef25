/// Eight bytes read as one integer and tested at once (SIMD within a register): the byte scans
/// that look for a few rare bytes over a whole file (line breaks to normalise, mojibake leads,
/// control characters) step over the eight bytes of a word that holds none of them.
///
/// Each test is exact as a yes-or-no answer for the whole word (a borrow can only mark bytes
/// after one that truly matches).
enum ByteWord {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes of `bytes` from `index` (which has eight bytes after it, itself included).
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
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
