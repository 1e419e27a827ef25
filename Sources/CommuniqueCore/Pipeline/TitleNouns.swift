/// `QuoteExtractor`'s title nouns (`rapport`, `campagne`, `intitulée` …) at the end of a text,
/// read without the regular expression engine: the pattern `(?:rapport|…)\s*$`, case
/// folded, is a suffix test once the white space that ends the text is dropped.
enum TitleNouns {
  /// The nouns, as the pattern's pieces (`intitulée?`: `intitulé` or `intitulée`).
  static let pieces = [
    "rapport", "intitulée?", "étude", "campagne", "programme", "projet", "initiative", "thème",
    "slogan", "film", "livre", "publication", "guide", "plateforme", "opération", "document",
    "plan", "stratégie", "appelée?", "nommée?", "baptisée?", "dénommée?", "titre", "exposition",
    "manuel", "festival", "concours", "série", "émission", "application", "magazine", "journal",
    "bulletin", "note", "cadre", "pacte", "déclaration", "résolution",
  ]

  /// Every noun the pieces spell, as scalars.
  private static let nouns: [[Unicode.Scalar]] = pieces.flatMap { piece -> [String] in
    guard piece.hasSuffix("e?") else { return [piece] }
    let bare = String(piece.dropLast(2))
    return [bare, bare + "e"]
  }.map { Array($0.unicodeScalars) }

  /// Whether `scalars` end with a title noun (in any case) and white space, or nil when they
  /// hold a scalar this does not model (the caller then asks the regular expression).
  ///
  /// Modelled: ASCII but for controls other than tab, line feed and carriage return;
  /// U+00A0–U+00FF but for `µ` and `ß` (whose case folds leave Latin-1); the punctuation and
  /// spaces of U+2000–U+205F but for the line and paragraph separators. On these, case
  /// folding is lower-casing one scalar to one, and the engine's `\s` is the spaces among
  /// them; `$` also matches before a final line terminator, but the only ones modelled are
  /// `\s` themselves.
  static func endsWithNoun(_ scalars: [Unicode.Scalar]) -> Bool? {
    var folded: [Unicode.Scalar] = []
    folded.reserveCapacity(scalars.count)
    for scalar in scalars {
      let value = scalar.value
      switch value {
      case 0x09, 0x0A, 0x0D, 0x20...0x7E:
        folded.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value | 0x20)! : scalar)
      case 0xB5, 0xDF: return nil
      case 0xC0...0xDE where value != 0xD7: folded.append(Unicode.Scalar(value + 0x20)!)
      case 0xA0...0xFF: folded.append(scalar)
      case 0x2028, 0x2029: return nil
      case 0x2000...0x205F: folded.append(scalar)
      default: return nil
      }
    }
    var end = folded.count
    while end > 0, isSpace(folded[end - 1]) { end -= 1 }
    let text = folded[..<end]
    return nouns.contains { noun in
      noun.count <= text.count && text.suffix(noun.count).elementsEqual(noun)
    }
  }

  /// The engine's `\s` among the modelled scalars: `[\t\n\f\r\p{Z}]`.
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x2000...0x200A, 0x202F, 0x205F: return true
    default: return false
    }
  }
}
