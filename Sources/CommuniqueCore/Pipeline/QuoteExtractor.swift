/// Stage 6: quotations in « guillemets » with their speaker and the speaker's role.
///
/// A quote may span paragraphs (continued paragraphs reopen with «). Its attribution may
/// follow it (`», déclare X, Fonction.`, `», a déclaré X`, `», fait-elle remarquer` — the
/// last one refers back to the previous speaker) or precede it (`Selon X, Fonction, « …`,
/// `X a déclaré : « …`). « » around a title or a word or two is not a quote.
public enum QuoteExtractor {
  /// The saying verbs of attributions, as small patterns (`déclar[ée]`, `dit`, `selon`).
  static let verbPieces = [
    #"fait\s+(?:remarquer|savoir|valoir|observer)"#, "déclar[ée]", "affirm[ée]", "expliqu[ée]",
    "ajout[ée]", "soulign[ée]", "indiqu[ée]", "précis[ée]", "not[ée]", "estim[ée]", "dit",
    "rappel(?:le|é)", "conclu[t]?", "insist[ée]", "poursui(?:t|vi)", "observ[ée]", "confi[ée]",
    "racont[ée]", "témoign[ée]", "comment[ée]", "assur[ée]", "martel(?:é|le)", "lanc[ée]",
    "déplor[ée]", "reconn(?:aît|ait|u)", "rapport[ée]", "sout(?:ient|enu)", "remarqu[ée]",
    "signal[ée]", "annonc[ée]", "relev[ée]", "résum[ée]", "prév(?:ient|enu)", "avert(?:it|i)",
    "plaid[ée]", "salu[ée]", "souri(?:t)?", "lâch[ée]", "gliss[ée]", "avou[ée]", "adm(?:et|is)",
    "espér[ée]", "espère", "murmur[ée]", "répon(?:d|du)", "demand[ée]", "interrog[ée]",
    "repren(?:d|du)", "repris", "continu[ée]", "détaill[ée]", "complét[ée]", "complète",
    "renchéri(?:t)?", "nuanc[ée]", "tempér[ée]", "tempère", #"s['’]est\s+[\p{Ll}]+"#,
    #"se\s+[\p{Ll}]+"#, #"s['’][\p{Ll}]+"#, "selon", "d['’]après", "says", "said",
  ]
  /// `verbPieces` as one pattern, with the auxiliary (`a déclaré`, `avait dit`).
  static let verb = #"(?:a\s+|avait\s+)?(?:"# + verbPieces.joined(separator: "|") + ")"
  private static let afterPronoun = Pattern(
    #"^\s*,?\s*[\p{L}]+(?:\s+[\p{L}]+)?-(?:t-)?(?:il|elle|ils|elles)\b"#)
  private static let beforePronoun = Pattern(
    #"(?:(?:^|[.!?,]\s+)(?:il|elle|Il|Elle)\s+\#(verb)\s*(?:que\s*)?:?|(?:Selon|selon|Pour|"#
      + #"pour|D['’]après|d['’]après)\s+(?:lui|elle)\s*,?)\s*$"#
  )
  /// Nouns that announce the title of a work in « » rather than words said: the oracle of
  /// `TitleNouns`, and what reads the texts it does not model.
  static let titleNouns = Pattern(
    "(?:" + TitleNouns.pieces.joined(separator: "|") + #")\s*$"#, caseInsensitive: true)

  /// How many scalars at the end of the text before a quote can hold a title noun.
  private static let titleNounsWindow = 32
  /// How many characters around a quote are searched for its attribution.
  private static let attributionWindow = 400

  /// A quote's position: from its « to its » (offsets are `Character` offsets).
  struct Extent {
    var startParagraph: Int
    var start: Int
    var endParagraph: Int
    var end: Int
  }

  /// The quotes of `paragraphs`, with the extent of each in the paragraphs.
  /// - Parameter named: people introduced with a role in the text, with where; a quote
  ///   attributed with a pronoun (`explique-t-elle`) goes to the last speaker or named person.
  ///   `people` are the release's people under their fullest names: an attribution that names
  ///   one of them by surname or full name gives that person.
  static func extract(
    _ paragraphs: [String], named: [PeopleExtractor.Mention] = [],
    people: PersonIndex = PersonIndex()
  ) -> [(quote: Quote, extent: Extent)] {
    var texts = CharacterParagraphs(paragraphs)
    var result: [(quote: Quote, extent: Extent)] = []
    var previousSpeaker: (name: String, role: String?)?
    var previousPosition = (paragraph: -1, offset: 0)
    // Each speaker's fullest name, asked of `people` once: it walks every person, and a text
    // of thousands of quotes names the same speakers again and again.
    var canonicalNames: [String: String] = [:]
    for extent in extents(&texts) {
      let text = innerText(&texts, extent)
      let before = texts.text(
        extent.startParagraph, max(0, extent.start - attributionWindow)..<extent.start)
      let endCount = texts.count(of: extent.endParagraph)
      let afterStart = min(extent.end + 1, endCount)
      let after = texts.text(
        extent.endParagraph, afterStart..<min(endCount, afterStart + attributionWindow))
      let credible = { (found: Attribution.Speaker?) in
        found.flatMap { isCredible($0, people: people) ? $0 : nil }
      }
      var speaker =
        Attribution.merged(
          Attribution.after(after, people: people), credible(attributionAfter(after)))
        ?? Attribution.merged(
          Attribution.before(before, people: people), credible(attributionBefore(before)))
      // Read only when needed: most quotes are attributed in their own paragraph.
      lazy var previousText =
        extent.startParagraph > 0
        ? String(paragraphs[extent.startParagraph - 1].suffix(attributionWindow)) : ""
      if speaker == nil, extent.start == 0, extent.startParagraph > 0 {
        speaker =
          Attribution.before(previousText, people: people)
          ?? credible(attributionBefore(previousText))
      }
      if speaker == nil, refersBack(after: after, before: before) {
        let mention = named.last {
          ($0.paragraph, $0.offset) < (extent.startParagraph, extent.start)
            && ($0.paragraph, $0.offset) > previousPosition
        }
        speaker =
          mention.map { ($0.person.name, $0.person.role) }
          ?? people.lastMention(in: before).map { ($0, nil) }
          ?? people.lastMention(in: extent.start == 0 ? previousText : "").map { ($0, nil) }
          ?? previousSpeaker
      }
      if speaker == nil {
        speaker = Attribution.nextSentence(after, people: people)
      }
      if speaker == nil, after.trimmingWhiteSpace().isEmpty,
        extent.endParagraph + 1 < paragraphs.count
      {
        speaker = Attribution.nextSentence(paragraphs[extent.endParagraph + 1], people: people)
      }
      let spoken = isSpokenQuote(text: text, before: before)
      if speaker == nil, spoken || text.hasWords(4, separatedBy: { $0 == " " }),
        let previousSpeaker, extent.startParagraph - previousPosition.paragraph <= 1,
        !Attribution.namesSomeoneElse(before, than: previousSpeaker.name, people: people)
      {
        speaker = previousSpeaker
      }
      if speaker == nil, extent.start == 0, extent.startParagraph > 0, spoken {
        speaker = Attribution.previousParagraph(
          paragraphs[extent.startParagraph - 1], people: people)
      }
      if speaker == nil, spoken {
        speaker = Attribution.sameSentence(before, people: people)
      }
      if let found = speaker {
        let name = canonicalNames[found.name] ?? people.canonical(found.name)
        canonicalNames[found.name] = name
        speaker = (name, found.role)
      }
      if speaker == nil && !spoken { continue }
      if let speaker {
        previousSpeaker = speaker
        previousPosition = (extent.startParagraph, extent.start)
      }
      let quote = Quote(
        text: text, speaker: speaker?.name, role: speaker?.role,
        paragraph: extent.startParagraph, paragraphEnd: extent.endParagraph)
      result.append((quote, extent))
    }
    return result
  }

  /// Finds « … » extents across paragraphs.
  static func extents(_ texts: inout CharacterParagraphs) -> [Extent] {
    var extents: [Extent] = []
    var open: (paragraph: Int, offset: Int)?
    var depth = 0
    for paragraph in 0..<texts.count {
      let mayHoldGuillemets = texts.mayHoldGuillemets(paragraph)
      if let current = open, current.paragraph < paragraph,
        !mayHoldGuillemets || !continues(texts.guillemets(paragraph))
      {
        extents.append(
          Extent(
            startParagraph: current.paragraph, start: current.offset,
            endParagraph: paragraph - 1, end: max(texts.count(of: paragraph - 1) - 1, 0)))
        open = nil
        depth = 0
      }
      guard mayHoldGuillemets else { continue }
      for (offset, opens) in texts.guillemets(paragraph) {
        if opens {
          if open == nil {
            open = (paragraph, offset)
          } else if !(offset == 0 && open!.paragraph < paragraph) {
            depth += 1
          }
        } else if let current = open {
          if depth > 0 {
            depth -= 1
          } else {
            extents.append(
              Extent(
                startParagraph: current.paragraph, start: current.offset,
                endParagraph: paragraph, end: offset))
            open = nil
          }
        }
      }
    }
    if let current = open, texts.count > 0 {
      extents.append(
        Extent(
          startParagraph: current.paragraph, start: current.offset,
          endParagraph: texts.count - 1, end: max(texts.count(of: texts.count - 1) - 1, 0)))
    }
    return extents
  }

  /// A paragraph continues an open quote when it reopens with « or closes one before any «:
  /// when its first guillemet is a », or a « that opens it.
  private static func continues(_ guillemets: [(offset: Int, opens: Bool)]) -> Bool {
    guard let first = guillemets.first else { return false }
    return !first.opens || first.offset == 0
  }

  private static func innerText(_ texts: inout CharacterParagraphs, _ extent: Extent) -> String {
    var parts: [String] = []
    for paragraph in extent.startParagraph...extent.endParagraph {
      let count = texts.count(of: paragraph)
      let from = paragraph == extent.startParagraph ? extent.start : 0
      let to = paragraph == extent.endParagraph ? extent.end : count - 1
      guard from <= to, to < count else { continue }
      var part = texts.text(paragraph, from..<to + 1)
      part = part.trimmingGuillemets()
      parts.append(part.trimmingWhiteSpace())
    }
    return parts.joined(separator: "\n")
  }

  private static func attributionAfter(_ after: String) -> (name: String, role: String?)? {
    if let found = AttributionScan.afterNamed(after), let name = found.name {
      return (String(after[name]), found.role.map { cleanRole(String(after[$0])) })
    }
    if let found = AttributionScan.afterRoleThenName(after), let role = found.role,
      let name = found.name, NamePattern.isPlausibleName(String(after[name]))
    {
      return (String(after[name]), cleanRole(String(after[role])))
    }
    return nil
  }

  private static func attributionBefore(_ before: String) -> (name: String, role: String?)? {
    for scan in [AttributionScan.beforeSelon, AttributionScan.beforeVerb] {
      if let found = scan(before), let name = found.name,
        NamePattern.isPlausibleName(String(before[name]))
      {
        return (String(before[name]), found.role.map { cleanRole(String(before[$0])) })
      }
    }
    return nil
  }

  /// Whether a name read by the sentence patterns can be a speaker: someone the release
  /// names, a known first name, or a name given with a role.
  private static func isCredible(_ speaker: Attribution.Speaker, people: PersonIndex) -> Bool {
    guard NameScanner.isPlausible(speaker.name) else { return false }
    if speaker.role != nil
      || people.people.contains(where: { PersonIndex.isSame(speaker.name, as: $0.name) })
    {
      return true
    }
    guard let first = speaker.name.split(separator: " ").first else { return false }
    return FirstNames.contains(String(first))
  }

  private static func refersBack(after: String, before: String) -> Bool {
    afterPronoun.isMatch(after) || beforePronoun.isMatch(before)
  }

  /// Without an attribution, a passage is a quote when it reads as speech: long enough and
  /// not the title of a report, campaign or project.
  private static func isSpokenQuote(text: String, before: String) -> Bool {
    guard text.hasWhitespaceSeparatedWords(8) else { return false }
    // The nouns are anchored at the end and at most 11 letters long: the end is enough.
    let end = before.trimmingWhiteSpace().unicodeScalars.suffix(titleNounsWindow)
    let endsWithNoun =
      TitleNouns.endsWithNoun(Array(end))
      ?? titleNouns.isMatch(String(String.UnicodeScalarView(end)))
    return !endsWithNoun
  }

  /// A role without the circumstance that may follow it (`…, lors de la présentation`).
  static func cleanRole(_ role: String) -> String {
    var text = role.trimmingWhiteSpace()
    if let start = AttributionScan.circumstanceStart(in: text) {
      text = String(text[..<start])
    }
    while let last = text.last, last == "." || last == "," || last == ";" { text.removeLast() }
    return text.trimmingWhiteSpace()
  }
}

extension String {
  /// Whether the string has `count` words or more between separators (as
  /// `split(whereSeparator:).count >= count`, without splitting it all).
  func hasWords(_ count: Int, separatedBy isSeparator: (Character) -> Bool) -> Bool {
    var words = 0
    var inWord = false
    for character in self {
      if isSeparator(character) {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words >= count { return true }
      }
    }
    return words >= count
  }

  /// The string without the given leading and trailing characters.
  func trimmingCharacters(in set: Set<Character>) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
