/// Makes text from files harmless for a terminal, one scalar for one scalar.
///
/// Control characters (C0, DEL, C1), and bidirectional overrides and isolates, would let a
/// file clear the screen, set the clipboard (OSC 52) or reorder what is shown. Each becomes a
/// visible placeholder: `␛` for ESC, the Unicode control pictures for other C0 controls, `�`
/// for the rest. A tab or line break becomes a space. Scalar offsets (those of `Span`) stay valid
/// because every scalar maps to exactly one scalar.
public enum ControlPlaceholders {
  /// The text with every unsafe scalar replaced.
  public static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(replacement(for: scalar) ?? scalar)
    }
    return String(result)
  }

  /// The grapheme itself when it is safe, or its placeholder.
  public static func safe(_ character: Character) -> Character {
    guard character.unicodeScalars.contains(where: isUnsafe) else { return character }
    return Character(clean(String(character)))
  }

  /// Whether a scalar must not reach the terminal as is.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
    guard isUnsafe(scalar) else { return nil }
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return " "
    case 0x1B: return "\u{241B}"
    case 0x7F: return "\u{2421}"
    case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value)
    default: return "\u{FFFD}"
    }
  }
}
