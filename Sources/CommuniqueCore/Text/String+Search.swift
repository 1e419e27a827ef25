extension StringProtocol {
  /// Whether `needle` occurs in the string, compared byte for byte in UTF-8 (no locale, no
  /// Foundation bridging: a hot path of the parser).
  func containsText(_ needle: String) -> Bool {
    var needle = needle
    return needle.withUTF8 { pattern in
      guard !pattern.isEmpty else { return true }
      if let found = utf8.withContiguousStorageIfAvailable({ Self.find(pattern, in: $0) }) {
        return found
      }
      return Array(utf8).withUnsafeBufferPointer { Self.find(pattern, in: $0) }
    }
  }

  private static func find(
    _ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard bytes.count >= pattern.count else { return false }
    let first = pattern[0]
    var index = 0
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == first {
        var offset = 1
        while offset < pattern.count && bytes[index + offset] == pattern[offset] { offset += 1 }
        if offset == pattern.count { return true }
      }
      index += 1
    }
    return false
  }
}
