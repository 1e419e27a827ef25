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

  /// `connectors`, `stopWords` and the role words, looked up on bytes.
  static let connectorSet = ClauseWordSet(connectors)
  static let stopWordSet = ClauseWordSet(stopWords)
  static let bodyNounSet = ClauseWordSet(bodyNouns)
  static let institutionSet = ClauseWordSet(InstitutionNouns.all)
  static let roleWordSet = ClauseWordSet(
    PersonWords.roles.union(PersonWords.roleQualifiers).union(PersonWords.roleModifiers))

  /// The name that `acronym` abbreviates, found at the end of `before`; nil if none.
  static func name(before: Substring, acronym: String) -> String? {
    let letters = Letters(acronym)
    return before.utf8.withContiguousStorageIfAvailable { name(before, $0, letters) }
      ?? Array(before.utf8).withUnsafeBufferPointer { name(before, $0, letters) }
  }

  /// `name(before:acronym:)` on the UTF-8 bytes of `before`.
  private static func name(
    _ before: Substring, _ bytes: UnsafeBufferPointer<UInt8>, _ letters: Letters
  ) -> String? {
    let (words, lone) = ClauseWord.clause(ending: before, bytes: bytes)
    guard !words.isEmpty else { return nil }
    /// Whether the word at `index`, in lower case, is in `set`.
    func lower(_ index: Int, in set: ClauseWordSet) -> Bool {
      set.contains(lowerCaseOf: bytes, words[index].bare)
    }
    var suffixInitials: [UInt8] = []
    suffixInitials.reserveCapacity(32)
    var wordInitials: [UInt8] = []
    wordInitials.reserveCapacity(16)
    // Whether a word after the first of the suffix has a comma.
    var commas = false
    for count in 1...min(words.count, 14) {
      let start = words.count - count
      if count > 1 { commas = commas || words[start + 1].comma }
      let first = words[start]
      if !lower(start, in: connectorSet) {
        wordInitials.removeAll(keepingCapacity: true)
        appendInitials(of: first, in: bytes, lone: lone, to: &wordInitials)
        suffixInitials.insert(contentsOf: wordInitials, at: 0)
      }
      // More ASCII initials than the ASCII letters have bytes: no longer suffix spells them
      // (a scalar beyond ASCII put in front composes with none of these).
      if letters.ascii, suffixInitials.count > letters.count,
        suffixInitials.allSatisfy({ $0 < 0x80 })
      {
        break
      }
      guard !first.comma, letters.equal(suffixInitials) else { continue }
      if first.capitalised && !commas { return phrase(words[start...], in: bytes) }
      // Three initials or more from a body's noun are evidence enough, in lower case (`forces
      // armées de la république démocratique du Congo (FARDC)`) or across the commas of a
      // ministry's list of portfolios.
      if letters.count >= 3, lower(start, in: bodyNounSet),
        !first.capitalised || !commas || institutionSet.contains(bytes, first.bare)
      {
        return phrase(words[start...], in: bytes)
      }
    }
    var headStart: Int?
    var index = words.count - 1
    while index >= 0 && words.count - index <= 14 {
      let word = words[index]
      if !word.capitalised && lower(index, in: stopWordSet) { break }
      if word.comma && index + 1 < words.count && !words[index + 1].capitalised { break }
      if institutionSet.contains(bytes, word.bare) { headStart = index }
      index -= 1
    }
    if let headStart {
      // `Représentante spéciale de l’Union européenne pour le Sahel (RSUE)` abbreviates a
      // person's title, not a body.
      return abbreviatesRole(words, before: headStart, in: bytes, letters: letters)
        ? nil : phrase(words[headStart...], in: bytes)
    }
    var runStart = words.count
    while runStart > 0 {
      let word = words[runStart - 1]
      guard !word.comma || runStart == words.count,
        word.capitalised || lower(runStart - 1, in: connectorSet)
      else { break }
      runStart -= 1
    }
    while runStart < words.count, !words[runStart].capitalised { runStart += 1 }
    guard runStart < words.count else { return nil }
    return phrase(words[runStart...], in: bytes)
  }

  /// The nouns that open a body's name in lower case too (`forces armées`, `ministère`).
  private static let bodyNouns: Set<String> =
    InstitutionNouns.lowercased.union([
      "forces", "force", "brigade", "unité", "garde", "gardes", "police", "gendarmerie", "armée",
    ])

  /// Whether a role (`Représentante spéciale de`) stands just before the word at `index` and
  /// the acronym's letters start with its initial: the acronym abbreviates the role.
  private static func abbreviatesRole(
    _ words: [ClauseWord], before index: Int, in bytes: UnsafeBufferPointer<UInt8>,
    letters: Letters
  ) -> Bool {
    var position = index - 1
    while position >= 0, connectorSet.contains(lowerCaseOf: bytes, words[position].bare) {
      position -= 1
    }
    var roleStart: Int?
    while position >= 0, roleWordSet.contains(lowerCaseOf: bytes, words[position].bare) {
      roleStart = position
      position -= 1
    }
    guard let roleStart,
      let initial = String(decoding: bytes[words[roleStart].bare], as: UTF8.self).first
    else { return false }
    return letters.text.first == Character(initial.uppercased())
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

  /// Appends the upper-case initials a word that is no connector gives an acronym (one per
  /// part of a hyphenated word that is no connector), as UTF-8 bytes, to `result`.
  private static func appendInitials(
    of word: ClauseWord, in bytes: UnsafeBufferPointer<UInt8>, lone: Bool,
    to result: inout [UInt8]
  ) {
    guard lone else {
      let bare = String(decoding: bytes[word.bare], as: UTF8.self)
      result += characterInitials(of: bare).utf8
      return
    }
    // The characters of a word of lone scalars are its scalars: the parts split at `-`
    // bytes, each part's first character its first scalar.
    var partStart = word.bareStart
    var index = word.bareStart
    while index <= word.end {
      guard index == word.end || bytes[index] == UInt8(ascii: "-") else {
        index += 1
        continue
      }
      let part = partStart..<index
      if !part.isEmpty,
        part.count == word.bare.count || !connectorSet.contains(lowerCaseOf: bytes, part)
      {
        appendInitial(of: bytes, at: part.lowerBound, to: &result)
      }
      index += 1
      partStart = index
    }
  }

  /// Appends the lone scalar at `offset` in upper case when it is a letter.
  private static func appendInitial(
    of bytes: UnsafeBufferPointer<UInt8>, at offset: Int, to result: inout [UInt8]
  ) {
    let first = bytes[offset]
    if first < 0x80 {
      if first | 0x20 &- 0x61 < 26 { result.append(first & ~0x20) }
      return
    }
    let character = Character(
      Unicode.Scalar(UTF8Scalar.decode(bytes, at: offset).value).unsafelyUnwrapped)
    if character.isLetter { result += String(character).uppercased().utf8 }
  }

  /// The initials of a word that is no connector, by characters.
  private static func characterInitials(of bare: String) -> String {
    // Without a hyphen, the word is its only part, and its first character is the lone ASCII
    // scalar that opens it when the next byte is ASCII too.
    if !bare.containsText("-") {
      var bytes = bare.utf8.makeIterator()
      if let first = bytes.next(), first < 0x80, (bytes.next() ?? 0) < 0x80 {
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return String(UnicodeScalar(first - 0x20))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return String(UnicodeScalar(first))
        default: return ""
        }
      }
    }
    var result = ""
    for part in bare.split(separator: "-") where !connectors.contains(part.lowercased()) {
      if let first = part.first, first.isLetter { result += String(first).uppercased() }
    }
    return result
  }

  /// The name the words spell: the first without its elided article, commas kept.
  private static func phrase(_ words: ArraySlice<ClauseWord>, in bytes: UnsafeBufferPointer<UInt8>)
    -> String
  {
    var length = 0
    for index in words.indices {
      let word = words[index]
      length += (index == words.startIndex ? word.bare.count : 1 + word.text.count)
      if word.comma { length += 1 }
    }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var count = 0
      for index in words.indices {
        let word = words[index]
        if index > words.startIndex {
          buffer[count] = UInt8(ascii: " ")
          count += 1
        }
        let range = index == words.startIndex ? word.bare : word.text
        for offset in range {
          buffer[count] = bytes[offset]
          count += 1
        }
        if word.comma {
          buffer[count] = UInt8(ascii: ",")
          count += 1
        }
      }
      return count
    }
  }

  /// An acronym's letters in upper case (`acronym.filter(\.isLetter).uppercased()`), read on
  /// the bytes when they are ASCII.
  private struct Letters {
    /// The letters.
    let text: String
    /// Whether `text` is ASCII.
    let ascii: Bool
    /// `text.count`.
    let count: Int

    init(_ acronym: String) {
      if acronym.utf8.allSatisfy({ $0 &- 0x41 < 26 }) {
        // Capitals `A`…`Z` only: the acronym is its letters.
        text = acronym
        ascii = true
        count = acronym.utf8.count
      } else if acronym.utf8.allSatisfy({ $0 < 0x80 }) {
        let bytes = acronym.utf8.filter { $0 | 0x20 &- 0x61 < 26 }.map { $0 & ~0x20 }
        text = String(decoding: bytes, as: UTF8.self)
        ascii = true
        count = bytes.count
      } else {
        text = acronym.filter(\.isLetter).uppercased()
        ascii = text.utf8.allSatisfy { $0 < 0x80 }
        count = text.count
      }
    }

    /// Whether the initials `bytes` spell the letters (as `String`s compare them: byte for
    /// byte when both are ASCII, so never with another number of bytes).
    func equal(_ bytes: [UInt8]) -> Bool {
      if ascii && bytes.allSatisfy({ $0 < 0x80 }) {
        return bytes.count == text.utf8.count && text.utf8.elementsEqual(bytes)
      }
      return String(decoding: bytes, as: UTF8.self) == text
    }
  }
}
