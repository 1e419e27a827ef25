/// Regular-expression pieces for people's names and roles, shared by the extractors.
enum NamePattern {
  /// What may open a name token before a hyphen (`al-Ouzoumi`).
  static let tokenPrefixes = ["al", "el", "ad", "ben", "bin", "abu", "ibn"]
  /// One capitalised name token (`Carmela`, `Di`, `al-Ouzoumi`, `N’Diaye`, `Jean-Pierre`).
  static let token =
    "(?:(?:" + tokenPrefixes.joined(separator: "|") + #")-)?[\p{Lu}][\p{Ll}\p{Lu}'’\-]*[\p{Ll}]"#
  /// Lower-case particles allowed between name tokens, as words.
  static let particles = [
    "de", "di", "da", "du", "del", "della", "dos", "das", "van", "von", "der", "den", "le", "la",
    "bin", "ben", "ould", "ibn", "y",
  ]
  /// Lower-case particles allowed between name tokens.
  static let particle = "(?:" + particles.joined(separator: "|") + ")"
  /// A full name: two to five tokens, particles allowed between them.
  static let name = "(?:\(token)(?:[ ](?:\(particle)[ ])?\(token)){1,4})"
  /// Words that open a role in an apposition (`X, Directrice générale …`), as small
  /// patterns (`représentante?` is `représentant` or `représentante`).
  static let roleWordPieces = [
    "directeur", "directrice", "chef", "cheffe", "responsable", "représentante?", "ministre",
    "présidente?", "vice-présidente?", "secrétaire", "sous-secrétaire", "coordinat(?:eur|rice)",
    "coordonnat(?:eur|rice)", "porte-parole", "chargée?", "spécialiste", "conseill(?:er|ère)",
    "ambassad(?:eur|rice)", "fondat(?:eur|rice)", "haut-commissaire", "envoyée?", "commissaire",
    "gouverneur", "maire", "officier", "agente?", "experte?", "membre", "qui",
    "administrat(?:eur|rice)", "déléguée?", "gestionnaire", "superviseur", "superviseure",
    "infirmi(?:er|ère)", "médecin", "psychologue", "assistante?", "analyste",
    "cherch(?:eur|euse)", "professeure?", "juge", "procureur", "migrante?", "bénévole",
    "volontaire", "étudiante?", "enseignante?", "travaill(?:eur|euse)", "point focal",
    "associée?", "consultante?", "premier", "première", "haute?", "députée?",
    "sénat(?:eur|rice)", "avocate?", "journaliste", "photographe", "pédiatre", "sage-femme",
    "éducat(?:eur|rice)", "animat(?:eur|rice)", "militante?", "survivante?", "réfugiée?",
    "rapatriée?", "mère", "père", "fille", "fils", "épouse",
  ]
  /// Whether `candidate` reads as a person's name rather than a sentence opening or a body.
  static func isPlausibleName(_ candidate: String) -> Bool {
    let words = SpacedWords.split(candidate)
    guard let first = words.first else { return false }
    let shouted = words.filter { $0.count > 1 && $0.allSatisfy(\.isUppercase) }
    // A surname in capitals (`Sidiki KABA`) is a name; an acronym or only capitals is not.
    let opening = first.lowercased()
    let opensName =
      !PersonWords.notNameStarts.contains(opening) && !PersonWords.honorifics.contains(opening)
    return opensName && shouted.count < words.count
      && !shouted.contains {
        Gazetteer.entry(for: String($0)) != nil || KnownOrganisations.isKnown(String($0))
      }
  }
}
