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
    let words = tokens(before)
    guard !words.isEmpty else { return nil }
    let letters = acronym.filter(\.isLetter).uppercased()
    var suffixInitials = ""
    for count in 1...min(words.count, 14) {
      let slice = Array(words.suffix(count))
      suffixInitials = initials(of: slice[0]) + suffixInitials
      guard let first = slice.first, !first.comma, suffixInitials == letters else { continue }
      let capitalised = isCapitalised(first.bare)
      let commas = slice.dropFirst().contains(where: \.comma)
      if capitalised && !commas { return phrase(slice) }
      // Three initials or more from a body's noun are evidence enough, in lower case (`forces
      // armées de la république démocratique du Congo (FARDC)`) or across the commas of a
      // ministry's list of portfolios.
      if letters.count >= 3, bodyNouns.contains(first.bare.lowercased()),
        !capitalised || !commas
          || InstitutionNouns.all.contains(first.bare)
      {
        return phrase(slice)
      }
    }
    var headStart: Int?
    var index = words.count - 1
    while index >= 0 && words.count - index <= 14 {
      let word = words[index]
      if stopWords.contains(word.bare.lowercased()) && !isCapitalised(word.bare) { break }
      if word.comma && index + 1 < words.count && !isCapitalised(words[index + 1].bare) { break }
      if InstitutionNouns.all.contains(word.bare) { headStart = index }
      index -= 1
    }
    if let headStart {
      // `Représentante spéciale de l’Union européenne pour le Sahel (RSUE)` abbreviates a
      // person's title, not a body.
      return abbreviatesRole(words, before: headStart, letters: letters)
        ? nil : phrase(Array(words[headStart...]))
    }
    var runStart = words.count
    while runStart > 0 {
      let word = words[runStart - 1]
      let bare = word.bare
      guard !word.comma || runStart == words.count,
        isCapitalised(bare) || connectors.contains(bare.lowercased())
      else { break }
      runStart -= 1
    }
    while runStart < words.count, !isCapitalised(words[runStart].bare) { runStart += 1 }
    guard runStart < words.count else { return nil }
    let run = Array(words[runStart...])
    return phrase(run)
  }

  /// The nouns that open a body's name in lower case too (`forces armées`, `ministère`).
  private static let bodyNouns: Set<String> =
    InstitutionNouns.lowercased.union([
      "forces", "force", "brigade", "unité", "garde", "gardes", "police", "gendarmerie", "armée",
    ])

  /// Whether a role (`Représentante spéciale de`) stands just before the word at `index` and
  /// the acronym's `letters` start with its initial: the acronym abbreviates the role.
  private static func abbreviatesRole(_ words: [Word], before index: Int, letters: String) -> Bool {
    var position = index - 1
    while position >= 0, connectors.contains(words[position].bare.lowercased()) {
      position -= 1
    }
    var roleStart: Int?
    while position >= 0, isRoleWord(words[position].bare.lowercased()) {
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

  /// A word before the parenthesis: its text, the text with an elided article removed, and
  /// whether a comma follows it.
  struct Word {
    var text: String
    var bare: String
    var comma: Bool
  }

  /// The words of the clause that ends `text` (stops at sentence punctuation and brackets).
  static func tokens(_ text: Substring) -> [Word] {
    let clause = text[clauseStart(text)...]
    var words: [Word] = []
    for piece in clause.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
      var text = String(piece)
      var comma = false
      if text.hasSuffix(",") {
        text.removeLast()
        comma = true
      }
      guard !text.isEmpty else { continue }
      words.append(Word(text: text, bare: stripElision(text), comma: comma))
    }
    if let last = words.indices.last { words[last].comma = false }
    return words
  }

  /// Where the clause that ends `text` starts: after the last sentence punctuation, bracket,
  /// guillemet or line break, found on the UTF-8 bytes.
  private static func clauseStart(_ text: Substring) -> Substring.Index {
    let bytes = text.utf8
    var position = bytes.endIndex
    while position > bytes.startIndex {
      let stop = position
      position = bytes.index(before: position)
      switch bytes[position] {
      case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
        UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "\n"):
        return stop
      case 0xAB, 0xBB:
        // « and » are C2 AB and C2 BB.
        if position > bytes.startIndex, bytes[bytes.index(before: position)] == 0xC2 {
          return stop
        }
      default: continue
      }
    }
    return text.startIndex
  }

  /// `l’Organisation` → `Organisation`; other words unchanged.
  static func stripElision(_ word: String) -> String {
    guard let first = word.utf8.first, "lLdDqQ".utf8.contains(first) else { return word }
    let lower = word.lowercased()
    for prefix in ["l’", "l'", "d’", "d'", "qu’", "qu'"] where lower.hasPrefix(prefix) {
      let rest = word.dropFirst(prefix.count)
      if !rest.isEmpty { return String(rest) }
    }
    return word
  }

  static func isCapitalised(_ word: String) -> Bool {
    word.first?.isUppercase == true
  }

  /// The upper-case initials a word gives an acronym (none for a connector; one per part of a
  /// hyphenated word).
  private static func initials(of word: Word) -> String {
    guard !connectors.contains(word.bare.lowercased()) else { return "" }
    var result = ""
    for part in word.bare.split(separator: "-") where !connectors.contains(part.lowercased()) {
      if let first = part.first, first.isLetter { result += String(first).uppercased() }
    }
    return result
  }

  private static func phrase(_ words: [Word]) -> String {
    var parts: [String] = []
    for (index, word) in words.enumerated() {
      parts.append((index == 0 ? word.bare : word.text) + (word.comma ? "," : ""))
    }
    return parts.joined(separator: " ")
  }
}
