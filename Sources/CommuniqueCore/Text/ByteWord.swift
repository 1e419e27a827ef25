/// Eight bytes read as one integer and tested at once (SIMD within a register): the one load
/// and the constants of every byte scan that steps over eight bytes at a time (line breaks to
/// normalise, mojibake leads, control characters, ASCII runs, guillemets, digits).
///
/// Each test is exact as a yes-or-no answer for the whole word (a borrow can only mark bytes
/// after one that truly matches). Public and inlinable so that the index's JSON writer scans
/// with it too, inlined there (`package` functions are not inlined across modules).
public enum ByteWord {
  /// 0x01 in each byte: times a byte, that byte in each byte.
  @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
  /// Bit 7 of each byte.
  @inlinable public static var highs: UInt64 { 0x8080_8080_8080_8080 }

  /// The eight bytes of `bytes` from `index` (which has eight bytes after it, itself included).
  @inlinable @inline(__always)
  public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
  }

  /// Whether every byte of `word` is ASCII.
  @inlinable @inline(__always)
  public static func isASCII(_ word: UInt64) -> Bool {
    word & highs == 0
  }

  /// Whether one of the bytes of `word` is `byte`.
  @inlinable @inline(__always)
  public static func holds(_ byte: UInt8, in word: UInt64) -> Bool {
    marks(of: byte, in: word) != 0
  }

  /// Bit 7 set in the byte of `word` that is the first `byte`, zero when none is (later bits
  /// may be set too): masks for several bytes can be combined and tested once.
  @inlinable @inline(__always)
  public static func marks(of byte: UInt8, in word: UInt64) -> UInt64 {
    let difference = word ^ (ones &* UInt64(byte))
    return (difference &- ones) & ~difference & highs
  }

  /// Whether one of the bytes of `word` is below `limit` (at most 0x80).
  @inlinable @inline(__always)
  public static func holdsByte(below limit: UInt8, in word: UInt64) -> Bool {
    marks(below: limit, in: word) != 0
  }

  /// Bit 7 set in the first byte of `word` below `limit` (at most 0x80), zero when none is
  /// (later bits may be set too).
  @inlinable @inline(__always)
  public static func marks(below limit: UInt8, in word: UInt64) -> UInt64 {
    (word &- ones &* UInt64(limit)) & ~word & highs
  }
}
