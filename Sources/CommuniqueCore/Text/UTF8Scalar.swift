/// Reads one scalar from valid UTF-8 bytes: the one decoder the byte scanners share.
public enum UTF8Scalar {
  /// The value of the scalar that starts at `offset` in `bytes` (valid UTF-8, `offset` on a
  /// scalar boundary) and its length in bytes.
  @inlinable @inline(__always)
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
    value: UInt32, length: Int
  ) {
    let lead = bytes[offset]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let second = UInt32(bytes[offset + 1] & 0x3F)
    if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | second, 2) }
    let third = UInt32(bytes[offset + 2] & 0x3F)
    if lead < 0xF0 { return (UInt32(lead & 0x0F) << 12 | second << 6 | third, 3) }
    let fourth = UInt32(bytes[offset + 3] & 0x3F)
    return (UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
  }
}
