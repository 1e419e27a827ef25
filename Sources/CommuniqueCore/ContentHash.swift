/// A stable, fast content hash (64-bit FNV-1a) used for release identifiers.
public enum ContentHash {
  /// The hash of `bytes` as 16 lowercase hex digits.
  public static func hex(of bytes: [UInt8]) -> String {
    let hash = bytes.withUnsafeBufferPointer(FNV1a.hash)
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
