/// Removes what must never reach a terminal from text that came from a file.
///
/// Keeps newlines; turns tabs and form feeds into spaces; drops NUL, the other C0 and all C1
/// control characters, DEL, and the bidirectional overrides and isolates.
public enum Sanitiser {
  /// The cleaned text, read and rebuilt on its UTF-8 bytes.
  public static func clean(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      guard let first = firstUnsafeOffset(in: bytes) else { return nil }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      output.append(contentsOf: bytes[..<first])
      var index = first
      while index < bytes.count {
        let length = unsafeLength(at: index, in: bytes)
        if length == 0 {
          output.append(bytes[index])
          index += 1
        } else {
          if bytes[index] == 0x09 || bytes[index] == 0x0C { output.append(0x20) }
          index += length
        }
      }
      return String(decoding: output, as: UTF8.self)
    } ?? text
  }

  /// Whether `scalar` is a control or bidi-override character that text must not carry.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
  }

  /// The offset of the first scalar `clean` drops or replaces; nil when there is none. Eight
  /// bytes at a time where none can open such a scalar (a control byte, DEL, C2, D8 or E2),
  /// otherwise straight to the first that can.
  private static func firstUnsafeOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    while index < bytes.count {
      if index + 8 <= bytes.count {
        let marks = unsafeOpenings(ByteWord.load(bytes, at: index))
        guard marks != 0 else {
          index += 8
          continue
        }
        // The lowest mark is exact: the first byte that can open such a scalar.
        index += marks.trailingZeroBitCount >> 3
      }
      let byte = bytes[index]
      if byte >= 0x20 && byte < 0x7F {
        index += 1
        continue
      }
      if unsafeLength(at: index, in: bytes) > 0 { return index }
      index += 1
    }
    return nil
  }

  /// Bit 7 set in the first byte of `word` that `unsafeLength` can answer more than 0 on,
  /// zero when none is (later bits may be set too).
  @inline(__always)
  private static func unsafeOpenings(_ word: UInt64) -> UInt64 {
    ByteWord.marks(below: 0x20, in: word) | ByteWord.marks(of: 0x7F, in: word)
      | ByteWord.marks(of: 0xC2, in: word) | ByteWord.marks(of: 0xD8, in: word)
      | ByteWord.marks(of: 0xE2, in: word)
  }

  /// The byte length of the scalar at `index` when `isUnsafe` holds for it (tab and form
  /// feed included), else 0. `index` opens a scalar or is a continuation byte (then 0).
  @inline(__always)
  private static func unsafeLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let byte = bytes[index]
    switch byte {
    case 0x0A: return 0
    case 0x00...0x1F, 0x7F: return 1
    case 0xC2:
      // U+0080–U+009F: C2 80…C2 9F.
      return index + 1 < bytes.count && bytes[index + 1] <= 0x9F ? 2 : 0
    case 0xD8:
      // U+061C: D8 9C.
      return index + 1 < bytes.count && bytes[index + 1] == 0x9C ? 2 : 0
    case 0xE2:
      // U+200E, U+200F, U+202A–U+202E: E2 80 8E/8F/AA…AE; U+2066–U+2069: E2 81 A6…A9.
      guard index + 2 < bytes.count else { return 0 }
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      if second == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) {
        return 3
      }
      return second == 0x81 && (0xA6...0xA9).contains(third) ? 3 : 0
    default: return 0
    }
  }
}
