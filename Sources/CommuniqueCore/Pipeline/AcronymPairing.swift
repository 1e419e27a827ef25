/// Pairs an acronym in parentheses with the name written before it.
///
/// Tries, in order: the words whose initials spell the acronym (`World Islamic Call Society
/// (WICS)`), the phrase opened by an organisation head noun (`l’Organisation Internationale
/// pour la Paix, l’Aide et le Secours (IOPCR)`), and the run of capitalised words before it.
enum AcronymPairing {
  static let connectors: Set<String> = [
    "de", "du", "des", "la", "le", "les", "pour", "sur", "et", "of", "the", "for", "and", "on",
    "in", "à", "aux", "en", "contre", "au", "dans", "l", "d", "y", "del", "di", "da", "against",
  ]
  private static let stopWords: Set<String> = [
    "dont", "qui", "que", "avec", "par", "a", "ont", "est", "sont", "été", "ainsi", "entre",
    "chez", "comme", "notamment", "grâce", "avait", "avaient", "sera", "seront", "fait",
    "font", "selon", "mais", "or", "donc", "car", "lorsque", "quand", "où", "si",
  ]

  /// The name that `acronym` abbreviates, found at the end of `before`; nil if none.
  static func name(before: Substring, acronym: String) -> String? {
    let words = ClauseWord.clause(ending: before)
    guard !words.isEmpty else { return nil }
    let letters = acronym.filter(\.isLetter).uppercased()
    var suffixInitials = ""
    // Whether a word after the first of the suffix has a comma.
    var commas = false
    for count in 1...min(words.count, 14) {
      let start = words.count - count
      if count > 1 { commas = commas || words[start + 1].comma }
      let first = words[start]
      suffixInitials = initials(of: first) + suffixInitials
      guard !first.comma, suffixInitials == letters else { continue }
      if first.capitalised && !commas { return phrase(words[start...]) }
      // Three initials or more from a body's noun are evidence enough, in lower case (`forces
      // armées de la république démocratique du Congo (FARDC)`) or across the commas of a
      // ministry's list of portfolios.
      if letters.count >= 3, bodyNouns.contains(first.lower),
        !first.capitalised || !commas
          || InstitutionNouns.all.contains(first.bare)
      {
        return phrase(words[start...])
      }
    }
    var headStart: Int?
    var index = words.count - 1
    while index >= 0 && words.count - index <= 14 {
      let word = words[index]
      if stopWords.contains(word.lower) && !word.capitalised { break }
      if word.comma && index + 1 < words.count && !words[index + 1].capitalised { break }
      if InstitutionNouns.all.contains(word.bare) { headStart = index }
      index -= 1
    }
    if let headStart {
      // `Représentante spéciale de l’Union européenne pour le Sahel (RSUE)` abbreviates a
      // person's title, not a body.
      return abbreviatesRole(words, before: headStart, letters: letters)
        ? nil : phrase(words[headStart...])
    }
    var runStart = words.count
    while runStart > 0 {
      let word = words[runStart - 1]
      guard !word.comma || runStart == words.count,
        word.capitalised || connectors.contains(word.lower)
      else { break }
      runStart -= 1
    }
    while runStart < words.count, !words[runStart].capitalised { runStart += 1 }
    guard runStart < words.count else { return nil }
    return phrase(words[runStart...])
  }

  /// The nouns that open a body's name in lower case too (`forces armées`, `ministère`).
  private static let bodyNouns: Set<String> =
    InstitutionNouns.lowercased.union([
      "forces", "force", "brigade", "unité", "garde", "gardes", "police", "gendarmerie", "armée",
    ])

  /// Whether a role (`Représentante spéciale de`) stands just before the word at `index` and
  /// the acronym's `letters` start with its initial: the acronym abbreviates the role.
  private static func abbreviatesRole(
    _ words: [ClauseWord], before index: Int, letters: String
  ) -> Bool {
    var position = index - 1
    while position >= 0, connectors.contains(words[position].lower) {
      position -= 1
    }
    var roleStart: Int?
    while position >= 0, isRoleWord(words[position].lower) {
      roleStart = position
      position -= 1
    }
    guard let roleStart, let initial = words[roleStart].bare.first else { return false }
    return letters.first == Character(initial.uppercased())
  }

  private static func isRoleWord(_ word: String) -> Bool {
    PersonWords.roles.contains(word) || PersonWords.roleQualifiers.contains(word)
      || PersonWords.roleModifiers.contains(word)
  }

  /// `l’Organisation` → `Organisation`; other words unchanged.
  ///
  /// Read on the scalars: `l’`, `l'`, `d’`, `d'`, `qu’` or `qu'` in any case opens the word
  /// and something follows that starts a character of its own (what comparing the characters
  /// of the lower-cased word with the prefix decided).
  static func stripElision(_ word: String) -> String {
    let scalars = word.unicodeScalars
    var index = scalars.startIndex
    guard index < scalars.endIndex else { return word }
    switch scalars[index] {
    case "l", "L", "d", "D": break
    case "q", "Q":
      index = scalars.index(after: index)
      guard index < scalars.endIndex, scalars[index] == "u" || scalars[index] == "U" else {
        return word
      }
    default: return word
    }
    index = scalars.index(after: index)
    guard index < scalars.endIndex, scalars[index] == "’" || scalars[index] == "'" else {
      return word
    }
    index = scalars.index(after: index)
    guard index < scalars.endIndex, !extendsCharacter(scalars[index]) else { return word }
    return String(scalars[index...])
  }

  /// Whether `scalar` belongs to the character before it (a combining mark, a joiner): never
  /// below U+0300, else asked of `Character` itself.
  private static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x300 else { return false }
    var pair = String.UnicodeScalarView()
    pair.append("’")
    pair.append(scalar)
    return String(pair).count == 1
  }

  /// The upper-case initials a word gives an acronym (none for a connector; one per part of a
  /// hyphenated word).
  private static func initials(of word: ClauseWord) -> String {
    guard !connectors.contains(word.lower) else { return "" }
    // Without a hyphen, the word is its only part, and its first character is the lone ASCII
    // scalar that opens it when the next byte is ASCII too.
    if !word.bare.containsText("-") {
      var bytes = word.bare.utf8.makeIterator()
      if let first = bytes.next(), first < 0x80, (bytes.next() ?? 0) < 0x80 {
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return String(UnicodeScalar(first - 0x20))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return String(UnicodeScalar(first))
        default: return ""
        }
      }
    }
    var result = ""
    for part in word.bare.split(separator: "-") where !connectors.contains(part.lowercased()) {
      if let first = part.first, first.isLetter { result += String(first).uppercased() }
    }
    return result
  }

  /// The name the words spell: the first without its elided article, commas kept.
  private static func phrase(_ words: ArraySlice<ClauseWord>) -> String {
    var result = ""
    for index in words.indices {
      if index > words.startIndex { result += " " }
      result += index == words.startIndex ? words[index].bare : words[index].text
      if words[index].comma { result += "," }
    }
    return result
  }
}
