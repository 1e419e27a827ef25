/// Stage 8a: people named with a role, from quote attributions, appositions
/// (`X, Directrice générale adjointe de …`) and a speech's speaker line.
public enum PeopleExtractor {
  private static let speakerLine = Pattern(
    #"\b(?:de|d['’]|by|of)\s*(?:M\.\s+|Mme\s+|S\.E\.\s+)?(\#(NamePattern.name))(?:\s*,\s*"#
      + #"([^«»]+))?$"#
  )

  /// More people than this in one release is noise (a junk file).
  static let maximumPeople = 150

  /// A person introduced with a role, and where (paragraph index, character offset).
  struct Mention {
    var paragraph: Int
    var offset: Int
    var person: Person
  }

  /// Every `Name, role` apposition in `paragraphs`, in reading order.
  static func appositions(in paragraphs: [String]) -> [Mention] {
    var mentions: [Mention] = []
    for (index, paragraph) in paragraphs.enumerated() {
      let found =
        AppositionScan.appositions(in: paragraph) + AppositionScan.rolesBeforeNames(in: paragraph)
      // Offsets are counted from one match to the next, so a long paragraph is walked once;
      // by scalars when each is a character (plain Latin), by characters otherwise.
      var position = paragraph.startIndex
      var offset = 0
      let plain = !found.isEmpty && paragraph.isPlainLatin
      for (name, role) in found.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
        offset +=
          plain
          ? paragraph.unicodeScalars.distance(from: position, to: name.lowerBound)
          : paragraph.distance(from: position, to: name.lowerBound)
        position = name.lowerBound
        let person = Person(
          name: String(paragraph[name]), role: QuoteExtractor.cleanRole(String(paragraph[role])))
        guard NamePattern.isPlausibleName(person.name), NameScanner.isPlausible(person.name),
          !isWeakRole(person.role ?? ""),
          !followsArticle(paragraph[..<name.lowerBound], plain: plain)
        else { continue }
        mentions.append(Mention(paragraph: index, offset: offset, person: person))
      }
    }
    return mentions
  }

  /// The articles `followsArticle(_:)` looks for, in lower case.
  private static let articles: Set<String> = [
    "la", "le", "les", "de", "du", "des", "au", "aux", "à", "en",
  ]

  /// Whether the text before a name ends with an article (`de la Coopération Internationale,
  /// Chargé …` is a ministry's name, not a person with a role). Its last word is read from
  /// its end (not by splitting all of it: a paragraph of a million characters has many
  /// appositions), on the scalars when the text is `plain` Latin (each a character there).
  private static func followsArticle(_ text: Substring, plain: Bool) -> Bool {
    let word =
      plain
      ? String(Attribution.lastWord(of: text.unicodeScalars))
      : String(Attribution.lastWord(of: text))
    return articles.contains(LatinLowercase.of(word)) || endsWithElidedArticle(text)
  }

  /// `text.hasSuffix("l’") || text.hasSuffix("l'")`, read on the last two characters only.
  private static func endsWithElidedArticle(_ text: Substring) -> Bool {
    guard let last = text.last, last == "’" || last == "'" else { return false }
    return text.dropLast().last == "l"
  }

  /// `premier …` or `première …` that is not `Premier ministre`: an ordinal, not a role.
  private static func isWeakRole(_ role: String) -> Bool {
    let words = SpacedWords.split(LatinLowercase.of(role))
    guard let first = words.first, first == "premier" || first == "première" else { return false }
    return words.dropFirst().first != "ministre"
  }

  /// Everyone the release names before its quotes are read: the speaker line, appositions,
  /// names found by `NameScanner` in the title, the paragraphs and the captions, and the
  /// photographers of the captions; shorter forms folded into the fullest name.
  static func index(
    title: String, paragraphs: [String], captions: [String], speakerLine: String?,
    appositions: [Mention]
  ) -> PersonIndex {
    var index = PersonIndex()
    if let speakerLine, !speakerLine.isEmpty,
      let match = self.speakerLine.firstMatch(in: speakerLine),
      let name = match.groups[0]
    {
      index.add(String(speakerLine[name]), role: match.groups[1].map { String(speakerLine[$0]) })
    }
    for mention in appositions { index.add(mention.person.name, role: mention.person.role) }
    var firstNamesAlone: [String: Int] = [:]
    for text in [title] + paragraphs + captions {
      for mention in NameScanner.mentions(in: text) where index.people.count < maximumPeople {
        if mention.isWeak {
          firstNamesAlone[mention.name, default: 0] += 1
        } else {
          index.add(mention.name, role: mention.role)
        }
      }
    }
    for (name, count) in firstNamesAlone.sorted(by: { $0.key < $1.key }) where count >= 2 {
      index.add(name, role: nil)
    }
    for caption in captions {
      if let photographer = PhotoCredit.photographer(in: caption) {
        index.add(photographer, role: nil)
      }
    }
    index.mergeShortForms()
    return index
  }

  /// The people of a release: those of `index`, and the speakers of `quotes`; one entry per
  /// person, under the fullest name.
  static func extract(quotes: [Quote], index: PersonIndex) -> [Person] {
    var people = index
    for quote in quotes {
      if let speaker = quote.speaker, NamePattern.isPlausibleName(speaker) {
        people.add(speaker, role: quote.role)
      }
    }
    people.mergeShortForms()
    return Array(
      people.people.filter {
        NamePattern.isPlausibleName($0.name) && NameScanner.isPlausible($0.name)
      }
      .prefix(maximumPeople))
  }
}
