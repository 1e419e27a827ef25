/// A stable, fast content hash (64-bit FNV-1a) used for release identifiers.
public enum ContentHash {
  /// The hash of `bytes` as 16 lowercase hex digits.
  public static func hex(of bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBufferPointer { buffer in
      for byte in buffer {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01b3
      }
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
