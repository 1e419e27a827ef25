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

  /// The UTF-8 offsets where `needle` starts, first to last, compared byte for byte.
  func utf8Offsets(of needle: String) -> [Int] {
    var needle = needle
    return needle.withUTF8 { pattern in
      guard !pattern.isEmpty else { return [] }
      let search = { (bytes: UnsafeBufferPointer<UInt8>) -> [Int] in
        bytes.indices.filter { bytes[$0] == pattern[0] && bytes.holds(pattern, at: $0) }
      }
      return utf8.withContiguousStorageIfAvailable(search)
        ?? Array(utf8).withUnsafeBufferPointer(search)
    }
  }

  /// The range of the first (or, `backwards`, the last) occurrence of `needle`, compared byte
  /// for byte in UTF-8: `range(of:)` without Foundation's bridging.
  /// Backwards, the bytes are searched from the end: the last occurrence is the first met.
  func range(ofText needle: String, backwards: Bool = false) -> Range<Index>? {
    let found = backwards ? lastUTF8Offset(of: needle) : utf8Offsets(of: needle).first
    guard let offset = found else { return nil }
    let start = utf8.index(startIndex, offsetBy: offset)
    return start..<utf8.index(start, offsetBy: needle.utf8.count)
  }

  /// The UTF-8 offset where the last occurrence of `needle` starts (`utf8Offsets(of:).last`).
  func lastUTF8Offset(of needle: String) -> Int? {
    var needle = needle
    return needle.withUTF8 { pattern in
      guard !pattern.isEmpty else { return nil }
      let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Int? in
        // No occurrence starts later than the pattern's length before the end.
        var start = bytes.count - pattern.count
        while start >= 0 {
          if bytes[start] == pattern[0] && bytes.holds(pattern, at: start) { return start }
          start -= 1
        }
        return nil
      }
      return utf8.withContiguousStorageIfAvailable(search)
        ?? Array(utf8).withUnsafeBufferPointer(search)
    }
  }

  private static func find(
    _ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let first = pattern[0]
    for start in bytes.indices where bytes[start] == first && bytes.holds(pattern, at: start) {
      return true
    }
    return false
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether `literal`'s bytes are these bytes from `start` on.
  func holds(_ literal: some RandomAccessCollection<UInt8>, at start: Int) -> Bool {
    guard start + literal.count <= count else { return false }
    var offset = start
    for byte in literal {
      guard self[offset] == byte else { return false }
      offset += 1
    }
    return true
  }
}
