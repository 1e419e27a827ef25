/// `String.lowercased()` without its general machinery for the texts most words are: when every
/// scalar is in Latin-1, each maps to one scalar (`A`…`Z` and `À`…`Þ` but `×` gain 0x20, the
/// others stay), so the bytes are mapped in place; other texts go to `lowercased()`. It is also
/// `ScalarText.fold` on such texts.
enum LatinLowercase {
  /// `text.lowercased()`.
  static func of(_ text: String) -> String {
    latin1(text) ?? text.lowercased()
  }

  /// `text.lowercased()` when every scalar of `text` is in Latin-1; nil otherwise.
  static func latin1(_ text: String) -> String? {
    let mapped = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var changes = false
      for byte in bytes {
        // Lead bytes above C3 start scalars beyond Latin-1 (continuation bytes stop at BF).
        if byte > 0xC3 { return nil }
        if byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { changes = true }
      }
      guard changes else { return text }
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        var index = 0
        while index < bytes.count {
          let byte = bytes[index]
          if byte < 0x80 {
            buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            index += 1
            continue
          }
          // C2 xx or C3 xx: U+00C0…U+00DE are C3 80…C3 9E, U+00D7 is C3 97.
          let next = bytes[index + 1]
          buffer[index] = byte
          buffer[index + 1] =
            byte == 0xC3 && next <= 0x9E && next != 0x97 ? next + 0x20 : next
          index += 2
        }
        return bytes.count
      }
    }
    return mapped ?? nil
  }
}
