/// A query in communique's search language, parsed.
///
/// Words are ANDed and prefix-matched from two letters on (`detent` finds `détention`), also
/// matched by their French stem (`rapatriement` finds `rapatriés`); `"exact phrase"`; `-word`
/// or `-"phrase"` excludes; `org:HCR`, `personne:Godeau` and `lieu:Tripoli` look only in the
/// extracted organisations, people and dateline place. Case, accents, ligatures and apostrophes
/// never matter.
public struct SearchQuery: Equatable, Sendable {
  /// Where a term must be found.
  public enum Field: String, Equatable, Sendable {
    /// Anywhere in the release.
    case anywhere
    /// Among the organisations (`org:`).
    case organisations
    /// Among the people and speakers (`personne:`).
    case people
    /// In the dateline's place (`lieu:`).
    case place
  }

  /// One term of a query.
  public struct Term: Equatable, Sendable {
    /// The term as typed, without its `-` and its field.
    public var text: String
    /// The folded words of the term (several for a phrase or for `l'OIM`).
    public var words: [String]
    /// Whether the words must appear together in this order (quoted).
    public var isPhrase: Bool
    /// Whether the term excludes releases instead of requiring it.
    public var isExcluded: Bool
    /// Where it must be found.
    public var field: Field
  }

  /// The terms, in the order typed.
  public var terms: [Term]

  /// The terms that a release must contain.
  public var required: [Term] { terms.filter { !$0.isExcluded } }

  /// Parses what a person typed; never fails (stray quotes close at the end).
  public init(_ text: String) {
    terms = Self.pieces(of: text).compactMap(Self.term)
  }

  /// Whether nothing searchable was typed.
  public var isEmpty: Bool { required.isEmpty }

  private static let prefixes: [(String, Field)] = [
    ("org:", .organisations), ("organisation:", .organisations), ("personne:", .people),
    ("lieu:", .place),
  ]

  /// Splits on white space outside double quotes or guillemets.
  private static func pieces(of text: String) -> [(text: String, quoted: Bool)] {
    var pieces: [(String, Bool)] = []
    var current = ""
    var quoted = false
    var sawQuote = false
    for character in text {
      if character == "\"" || character == "«" || character == "»" {
        quoted.toggle()
        sawQuote = true
      } else if character.isWhitespace && !quoted {
        if !current.isEmpty { pieces.append((current, sawQuote)) }
        current = ""
        sawQuote = false
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { pieces.append((current, sawQuote)) }
    return pieces
  }

  private static func term(_ piece: (text: String, quoted: Bool)) -> Term? {
    var text = Substring(piece.text)
    var excluded = false
    if text.hasPrefix("-") {
      excluded = true
      text = text.dropFirst()
    }
    var field = Field.anywhere
    for (prefix, prefixField) in prefixes where text.lowercased().hasPrefix(prefix) {
      field = prefixField
      text = text.dropFirst(prefix.count)
      break
    }
    let words = SearchTokenizer.words(String(text))
    guard !words.isEmpty else { return nil }
    return Term(
      text: String(text), words: words, isPhrase: piece.quoted || words.count > 1,
      isExcluded: excluded,
      field: field)
  }
}
