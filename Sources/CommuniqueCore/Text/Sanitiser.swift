/// Removes what must never reach a terminal from text that came from a file.
///
/// Keeps newlines; turns tabs and form feeds into spaces; drops NUL, the other C0 and all C1
/// control characters, DEL, and the bidirectional overrides and isolates.
public enum Sanitiser {
  /// The cleaned text.
  public static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { isUnsafe($0) || $0 == "\t" || $0 == "\u{0C}" })
    else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" || scalar == "\u{0C}" {
        scalars.append(" ")
      } else if !isUnsafe(scalar) {
        scalars.append(scalar)
      }
    }
    return String(scalars)
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
}
