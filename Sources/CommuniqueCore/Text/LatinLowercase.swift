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
            buffer[index] = ascii(byte)
            index += 1
            continue
          }
          buffer[index] = byte
          buffer[index + 1] = latin1(lead: byte, bytes[index + 1])
          index += 2
        }
        return bytes.count
      }
    }
    return mapped ?? nil
  }

  /// `byte` lower-cased when it is an ASCII capital, unchanged otherwise.
  @inline(__always)
  static func ascii(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  /// The second byte of a two-byte Latin-1 scalar (`lead` C2 or C3), lower-cased: U+00C0…U+00DE
  /// but U+00D7 (C3 80…C3 9E but C3 97) gain 0x20; the rest of Latin-1 is lower case or has
  /// no case.
  @inline(__always)
  static func latin1(lead: UInt8, _ next: UInt8) -> UInt8 {
    lead == 0xC3 && isCapital(afterC3: next) ? next + 0x20 : next
  }

  /// Whether C3 followed by `next` is a capital letter of Latin-1: U+00C0…U+00DE but U+00D7
  /// (`×`), C3 80…C3 9E but C3 97.
  @inline(__always)
  static func isCapital(afterC3 next: UInt8) -> Bool {
    next &- 0x80 < 0x1F && next != 0x97
  }
}
