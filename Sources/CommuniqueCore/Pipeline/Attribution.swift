/// Who said a quote, read from the words around it and the release's known people.
///
/// After the quote: `», a déclaré le DG Swing.`, `», déclare le Directeur général de l’OIM,
/// William Lacy Swing.` — a saying verb in the clause, then a known person. Before it:
/// `l’Ambassadeur Swing a déclaré : « …`. In the next sentence: `Ce sont les mots de X.`
enum Attribution {
  /// A speaker: the person's fullest name and a role when the text gives one here.
  typealias Speaker = (name: String, role: String?)

  /// How many words after the quote may come before the saying verb (`», a-t-il déclaré`).
  private static let verbWindow = 6

  /// The speaker found from the known people, with the role the sentence pattern read when
  /// both name the same person; the pattern's reading alone otherwise.
  static func merged(_ known: Speaker?, _ read: Speaker?) -> Speaker? {
    guard let known else { return read }
    guard let read, PersonIndex.isSame(read.name, as: known.name) else { return known }
    return (known.name, read.role)
  }

  /// The attribution in the clause right after a quote's ».
  static func after(_ text: String, people: PersonIndex) -> Speaker? {
    let trimmed = text.drop { $0 == " " || $0 == "\u{00A0}" }
    // `», a déclaré X`, or `…," confie-t-il` when the comma stayed inside the quote.
    guard let first = trimmed.first, first == "," || first == "." || first.isLowercase else {
      return nil
    }
    let clause = String(sentence(first.isLowercase ? trimmed : trimmed.dropFirst()))
    guard SayingVerbWords.occur(in: clause, within: verbWindow) else { return nil }
    if let mention = people.firstMention(in: clause) {
      return (mention.name, roleBeforeName(clause[..<mention.offset]))
    }
    return people.person(withRoleIn: clause).map { ($0, nil) }
  }

  /// The role in `, coordinateur du centre …,` right after the last mention of `name`.
  static func roleAfterName(_ name: String, in clause: String) -> String? {
    // The last word between spaces (`split(separator: " ").last`), the name when none: read
    // on the scalars of a plain Latin name (each a character there), not its characters.
    let last =
      name.isPlainLatin ? String(lastWord(of: name.unicodeScalars)) : String(lastWord(of: name))
    let surname = last.isEmpty ? name : last
    guard let range = clause.range(ofText: surname, backwards: true) else { return nil }
    if clause.isPlainLatin { return plainRole(in: clause, after: range.upperBound) }
    let rest = clause[range.upperBound...]
    guard rest.hasPrefix(", ") else { return nil }
    let body = rest.dropFirst(2)
    let endsRole = { (character: Character) in
      character == "," || character == "." || character == "«" || character == ":"
    }
    // The role's first word (as `role.split(separator: " ").first`), read before the role.
    var start = body.startIndex
    while start < body.endIndex, body[start] == " " { start = body.index(after: start) }
    var end = start
    while end < body.endIndex, body[end] != " ", !endsRole(body[end]) {
      end = body.index(after: end)
    }
    guard start < end, PersonWords.roles.contains(body[start..<end].lowercased()) else {
      return nil
    }
    return body.prefix { !endsRole($0) }.trimmingWhiteSpace()
  }

  /// `roleAfterName`'s reading from `index` on, on the bytes of a plain Latin clause: a scalar
  /// is a character there, and no byte of a scalar beyond ASCII is a space, `,`, `.`, `:` or
  /// the first byte of `«`, so stepping by bytes is stepping by characters.
  private static func plainRole(in clause: String, after index: String.Index) -> String? {
    var clause = clause
    let offset = clause.utf8.distance(from: clause.utf8.startIndex, to: index)
    return clause.withUTF8 { bytes -> String? in
      let count = bytes.count
      /// `,`, `.`, `«` or `:`.
      func endsRole(_ index: Int) -> Bool {
        let byte = bytes[index]
        return byte == 0x2C || byte == 0x2E || byte == 0x3A
          || (byte == 0xC2 && index + 1 < count && bytes[index + 1] == 0xAB)
      }
      guard offset + 1 < count, bytes[offset] == 0x2C, bytes[offset + 1] == 0x20 else {
        return nil
      }
      let body = offset + 2
      var start = body
      while start < count, bytes[start] == 0x20 { start += 1 }
      var end = start
      while end < count, bytes[end] != 0x20, !endsRole(end) { end += 1 }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      guard start < end, PersonWords.roles.contains(word.lowercased()) else { return nil }
      var stop = end
      while stop < count, !endsRole(stop) { stop += 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[body..<stop]), as: UTF8.self)
        .trimmingWhiteSpace()
    }
  }

  /// A role written between the saying verb and the name without a comma
  /// (`a expliqué le chef de mission de l’OIM en Libye Prénom Nom`).
  private static func roleBeforeName(_ text: Substring) -> String? {
    // Split on scalars when each is a character (plain Latin): the same words, found sooner.
    let words =
      text.base.isPlainLatin
      ? text.unicodeScalars.split(separator: " ").map(String.init)
      : text.split(separator: " ").map(String.init)
    let start = words.indices.last { index in
      // Only `l` and `L` lower-case to a text that opens with `l`: no other word is read.
      guard let first = words[index].utf8.first, first | 0x20 == 0x6C else { return false }
      let lower = words[index].lowercased()
      if lower == "le" || lower == "la" {
        return index + 1 < words.count && PersonWords.roles.contains(words[index + 1].lowercased())
      }
      return (lower.hasPrefix("l’") || lower.hasPrefix("l'"))
        && PersonWords.roles.contains(String(lower.dropFirst(2)))
    }
    guard let start else { return nil }
    var roleWords = Array(words[start...])
    if ["le", "la"].contains(roleWords[0].lowercased()) {
      roleWords.removeFirst()
    } else {
      roleWords[0] = String(roleWords[0].dropFirst(2))
    }
    guard roleWords.count >= 2, !roleWords.contains(where: { $0.hasSuffix(",") }) else {
      return nil
    }
    return roleWords.joined(separator: " ")
  }

  /// The attribution in the sentence before a quote's «: a saying verb or a colon, and the
  /// last person named there.
  static func before(_ text: String, people: PersonIndex) -> Speaker? {
    let clause = String(lastSentence(of: text))
    let end = clause.trimmingWhiteSpace()
    let introduces =
      end.hasSuffix(":") || end.hasSuffix(" que") || end.hasSuffix(" comme")
      || SayingVerbWords.occur(in: clause, within: .max) || names(speechNouns, in: clause)
    guard introduces, let name = people.lastMention(in: clause) else { return nil }
    return (name, roleAfterName(name, in: clause))
  }

  /// `Ce sont les mots de X` or `C’est ainsi que X …` right after the quote or in the
  /// sentence after the quote's own.
  static func nextSentence(_ text: String, people: PersonIndex) -> Speaker? {
    let trimmed = text.drop { $0 == " " || $0 == "\u{00A0}" }
    let startsSentence = trimmed.first?.isUppercase == true
    let rest =
      startsSentence ? trimmed : trimmed.drop { $0 != "." && $0 != "!" && $0 != "?" }.dropFirst()
    let following = String(sentence(rest))
    let lower = following.lowercased()
    let curly = lower.containsText("'") ? lower.replacingOccurrences(of: "'", with: "’") : lower
    guard nextSentenceCues.contains(where: { curly.containsText($0) }),
      let mention = people.firstMention(in: following)
    else { return nil }
    return (mention.name, nil)
  }

  /// Nouns that announce words to come (`une déclaration du Directeur général, X`).
  private static let speechNouns = ["déclaration", "message", "discours", "allocution", "propos"]

  private static func names(_ nouns: [String], in clause: String) -> Bool {
    let lower = clause.lowercased()
    return nouns.contains { lower.containsText($0) }
  }

  /// The speaker of a quote that opens a paragraph with no attribution: the last person the
  /// previous paragraph names (`…, Mme X, a visité …` then `« … »`).
  static func previousParagraph(_ text: String, people: PersonIndex) -> Speaker? {
    people.lastMention(in: text).map { ($0, nil) }
  }

  /// What opens a sentence that names the speaker of the quote before it.
  private static let nextSentenceCues = [
    "les mots de", "les propos de", "les paroles de", "c’est ainsi que", "c’est en ces termes",
    "tels sont les", "a-t-il déclaré", "a-t-elle déclaré",
  ]

  /// The speaker of words quoted inside a sentence about someone (`Mme X a réitéré
  /// l’engagement de l’OIM à relever les « défis … »`): the last person that sentence names.
  static func sameSentence(_ text: String, people: PersonIndex) -> Speaker? {
    people.lastMention(in: String(lastSentence(of: text))).map { ($0, nil) }
  }

  /// Whether the sentence before a quote names a known person other than `name` (the quote
  /// then does not carry on the previous speaker's words).
  static func namesSomeoneElse(_ text: String, than name: String, people: PersonIndex) -> Bool {
    guard let other = people.lastMention(in: String(lastSentence(of: text))) else { return false }
    return other != name
  }

  /// The last word between spaces of `units` (as `split(separator: " ").last ?? []`), read
  /// from its end.
  static func lastWord<Units: BidirectionalCollection>(of units: Units)
    -> Units.SubSequence where Units.Element: ExpressibleByUnicodeScalarLiteral & Equatable
  {
    var end = units.endIndex
    while end > units.startIndex {
      let previous = units.index(before: end)
      guard units[previous] == " " else { break }
      end = previous
    }
    var start = end
    while start > units.startIndex {
      let previous = units.index(before: start)
      guard units[previous] != " " else { break }
      start = previous
    }
    return units[start..<end]
  }

  /// The text up to the end of its first sentence or the next «, whichever comes first.
  /// A period after an initial or an honorific (`M.`, `Dr.`) does not end a sentence.
  private static func sentence(_ text: Substring) -> Substring {
    // On bytes when each scalar is a character: the same indices, found sooner.
    if text.base.isPlainLatin,
      let end = text.utf8.withContiguousStorageIfAvailable(PlainSentence.end)
    {
      return text[..<text.utf8.index(text.startIndex, offsetBy: end)]
    }
    return text[..<sentenceEnd(text) { $0.isLowercase }]
  }

  private static func sentenceEnd<Units: BidirectionalCollection>(
    _ units: Units, isLowercase: (Units.Element) -> Bool
  ) -> Units.Index where Units.Element: ExpressibleByUnicodeScalarLiteral & Equatable {
    var index = units.startIndex
    while index < units.endIndex {
      let unit = units[index]
      if unit == "«" || unit == "!" || unit == "?" { return index }
      if unit == "." {
        let word = lastWord(of: units[..<index])
        if word.count > 2 || word.first.map(isLowercase) == true { return index }
      }
      index = units.index(after: index)
    }
    return units.endIndex
  }

  /// The last sentence of `text` (after its last `. `, `! `, `? ` or »).
  private static func lastSentence(of text: String) -> Substring {
    if text.isPlainLatin,
      let start = text.utf8.withContiguousStorageIfAvailable(PlainSentence.lastStart)
    {
      return text[text.utf8.index(text.startIndex, offsetBy: start)...]
    }
    return text[lastSentenceStart(text)...]
  }

  private static func lastSentenceStart<Units: BidirectionalCollection>(_ units: Units)
    -> Units.Index where Units.Element: ExpressibleByUnicodeScalarLiteral & Equatable
  {
    var index = units.endIndex
    while index > units.startIndex {
      let previous = units.index(before: index)
      let unit = units[previous]
      if unit == "»" || unit == "!" || unit == "?" { return index }
      if unit == ".", index < units.endIndex, units[index] == " " {
        let word = lastWord(of: units[..<previous])
        if word.count > 2 { return index }
      }
      index = previous
    }
    return units.startIndex
  }
}
