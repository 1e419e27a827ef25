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
    if let plain = plainPlausibleName(candidate) { return plain }
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

  /// `isPlausibleName` read on the bytes of a name of printable ASCII and U+00C0–U+00FF only
  /// (each scalar a character, its case told by its bytes) with no word in capitals; nil for
  /// any other name. The opening word is looked up in `WordKind.table`, built from the same
  /// lists.
  private static func plainPlausibleName(_ candidate: String) -> Bool? {
    var candidate = candidate
    return candidate.withUTF8 { bytes -> Bool? in
      var opening: Range<Int>?
      var wordStart = 0
      var scalars = 0
      var shouting = true
      var index = 0
      while index <= bytes.count {
        let byte = index < bytes.count ? bytes[index] : 0x20
        if byte == 0x20 {
          if index > wordStart {
            // A word of capitals only: left to the character reading.
            if scalars > 1 && shouting { return nil }
            if opening == nil { opening = wordStart..<index }
          }
          wordStart = index + 1
          scalars = 0
          shouting = true
          index += 1
        } else if byte > 0x20 && byte < 0x7F {
          if byte &- 0x41 >= 26 { shouting = false }
          scalars += 1
          index += 1
        } else if byte == 0xC3 {
          let next = bytes[index + 1]
          if next &- 0x80 >= 0x1F || next == 0x97 { shouting = false }
          scalars += 1
          index += 2
        } else {
          return nil
        }
      }
      guard let opening else { return false }
      let table = WordKind.table
      guard opening.count <= table.maxLength else { return true }
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: opening.count) { lower in
        var previous: UInt8 = 0
        for index in opening {
          var byte = bytes[index]
          if byte &- 0x41 < 26 {
            byte |= 0x20
          } else if previous == 0xC3, LatinLowercase.isCapital(afterC3: byte) {
            byte += 0x20
          }
          lower[index - opening.lowerBound] = byte
          previous = bytes[index]
        }
        let kind = WordKind(rawValue: table.value(UnsafeBufferPointer(lower)))
        return kind.isDisjoint(with: [.notNameStart, .honorific])
      }
    }
  }
}
