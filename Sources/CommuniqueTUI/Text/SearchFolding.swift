/// Folds text for search: lower case, French accents and ligatures removed, curly apostrophe
/// made straight, so `detention` finds `Détention` and `oeuvre` finds `œuvre`.
public enum SearchFolding {
  /// The folded form of one grapheme (possibly several letters, possibly empty).
  public static func fold(_ character: Character) -> String {
    guard let base = character.unicodeScalars.first else { return "" }
    let lower = String(base).lowercased()
    if let mapped = table[lower] { return mapped }
    return lower
  }

  /// The folded form of a string.
  public static func fold(_ text: String) -> String {
    text.reduce(into: "") { $0 += fold($1) }
  }

  private static let table: [String: String] = {
    var table: [String: String] = ["œ": "oe", "æ": "ae", "’": "'", "‘": "'", "ß": "ss"]
    let groups: [(String, String)] = [
      ("àâäáãå", "a"), ("ç", "c"), ("éèêë", "e"), ("îïíì", "i"), ("ôöóòõ", "o"),
      ("ùûüú", "u"), ("ÿý", "y"), ("ñ", "n"),
    ]
    for (letters, plain) in groups {
      for letter in letters { table[String(letter)] = plain }
    }
    return table
  }()
}
