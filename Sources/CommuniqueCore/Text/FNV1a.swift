/// FNV-1a (64 bits): the one byte hash of release identifiers (`ContentHash`) and of the byte
/// tables of the parser and the index. Public and inlinable so that the index's tables hash
/// with it too, inlined there (`package` functions are not inlined across modules).
public enum FNV1a {
  /// The hash of no bytes.
  @inlinable public static var empty: UInt64 { 0xcbf2_9ce4_8422_2325 }
  /// The multiplier of each step.
  @inlinable public static var prime: UInt64 { 0x0000_0100_0000_01b3 }

  /// `hash` extended by `value` (a byte, or a Unicode scalar's value).
  @inlinable @inline(__always)
  public static func step(_ hash: UInt64, _ value: UInt64) -> UInt64 {
    (hash ^ value) &* prime
  }

  /// The hash of `bytes`.
  @inlinable @inline(__always)
  public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = empty
    for byte in bytes { hash = step(hash, UInt64(byte)) }
    return hash
  }
}
