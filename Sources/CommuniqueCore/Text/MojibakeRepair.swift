/// Repairs UTF-8 text that was once decoded as Windows-1252 (`Ã©` → `é`, `â€™` → `’`).
///
/// Only runs that start with a lead character typical of French mojibake (`Ã`, `Â`, `â`, `Å`)
/// are touched, and only when their bytes form valid UTF-8; everything else stays as written.
public enum MojibakeRepair {
  private static let leads: Set<Unicode.Scalar> = ["\u{C3}", "\u{C2}", "\u{E2}", "\u{C5}"]

  /// The repaired text (the same text when nothing looked broken).
  public static func repair(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains(where: { leads.contains($0) }) else { return text }
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if leads.contains(scalar), let (decoded, used) = decodeRun(scalars, from: index) {
        output.append(contentsOf: decoded.unicodeScalars)
        index += used
      } else {
        output.append(scalar)
        index += 1
      }
    }
    return String(output)
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
