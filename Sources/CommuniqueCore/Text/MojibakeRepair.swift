/// Repairs UTF-8 text that was once decoded as Windows-1252 (`Ã©` → `é`, `â€™` → `’`).
///
/// Only runs that start with a lead character typical of French mojibake (`Ã`, `Â`, `â`, `Å`)
/// are touched, and only when their bytes form valid UTF-8; everything else stays as written.
public enum MojibakeRepair {
  private static func isLead(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xC2, 0xC3, 0xC5, 0xE2: true
    default: false
    }
  }

  /// The repaired text (the same text when nothing looked broken).
  public static func repair(_ text: String) -> String {
    guard hasLead(text) else { return text }
    let scalars = Array(text.unicodeScalars)
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    var repaired = false
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isLead(scalar), let (decoded, used) = decodeRun(scalars, from: index) {
        output.append(contentsOf: decoded.utf8)
        repaired = true
        index += used
      } else {
        UTF8.encode(scalar) { output.append($0) }
        index += 1
      }
    }
    return repaired ? String(decoding: output, as: UTF8.self) : text
  }

  /// Whether `text` holds a lead character, read on its bytes before anything else is done:
  /// `Â` `Ã` `Å` `â` are C3 82, C3 83, C3 85, C3 A2. Eight bytes at a time where none is C3;
  /// otherwise straight to the first C3 among them.
  static func hasLead(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index + 1 < bytes.count {
        if index + 8 <= bytes.count {
          let marks = ByteWord.marks(of: 0xC3, in: ByteWord.load(bytes, at: index))
          guard marks != 0 else {
            index += 8
            continue
          }
          // The lowest mark is exact: the first C3.
          index += marks.trailingZeroBitCount >> 3
          guard index + 1 < bytes.count else { return false }
        }
        if bytes[index] == 0xC3 {
          switch bytes[index + 1] {
          case 0x82, 0x83, 0x85, 0xA2: return true
          default: break
          }
        }
        index += 1
      }
      return false
    }
  }

  /// Tries to read one UTF-8 sequence from the Windows-1252 bytes of the scalars at `start`.
  private static func decodeRun(_ scalars: [Unicode.Scalar], from start: Int)
    -> (String, Int)?
  {
    guard let lead = Windows1252.byte(for: scalars[start]) else { return nil }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
    guard length > 0, start + length <= scalars.count else {
      return repairSpaceAfterCapitalAGrave(scalars, at: start)
    }
    var bytes = [lead]
    for offset in 1..<length {
      guard let byte = Windows1252.byte(for: scalars[start + offset]), byte & 0xC0 == 0x80
      else { return repairSpaceAfterCapitalAGrave(scalars, at: start) }
      bytes.append(byte)
    }
    guard let decoded = String(validating: bytes, as: UTF8.self) else { return nil }
    return (decoded, length)
  }

  /// `Ã` followed by a plain space, alone as a word, is `à` whose U+00A0 byte became that
  /// space: both go when a word space follows them.
  private static func repairSpaceAfterCapitalAGrave(_ scalars: [Unicode.Scalar], at start: Int)
    -> (String, Int)?
  {
    guard scalars[start] == "\u{C3}", start + 1 < scalars.count, scalars[start + 1] == " ",
      start == 0 || scalars[start - 1] == " " || scalars[start - 1] == "\n"
    else { return nil }
    let spaceFollows = start + 2 < scalars.count && scalars[start + 2] == " "
    return ("à", spaceFollows ? 2 : 1)
  }
}
