/// Stage 8a: people named with a role, from quote attributions, appositions
/// (`X, Directrice générale adjointe de …`) and a speech's speaker line.
public enum PeopleExtractor {
  private static let apposition = Pattern(
    #"(?<![\p{L}])(\#(NamePattern.name))\s*,\s*(\#(NamePattern.roleWord)\b[^,.;:«»()]*)"#,
    prerequisite: { text in NamePattern.hasRoleWord(in: text) { head, _ in head.last == "," } })
  private static let roleBeforeName = Pattern(
    #"(?<![\p{L}])(?:le|la|Le|La)\s+(\#(NamePattern.roleWord)\b[^,.;:«»()]{0,120}?)\s*,\s+(?:M\.\s+|Mme\s+)?(\#(NamePattern.name))\s*(?=[,.;)]|\s+[\p{Ll}])"#,
    prerequisite: { text in
      text.containsText(",")
        && NamePattern.hasRoleWord(in: text) { head, spaced in
          spaced && ["le", "la", "Le", "La"].contains { head.suffix(2).elementsEqual($0.unicodeScalars) }
        }
    })
  private static let speakerLine = Pattern(
    #"\b(?:de|d['’]|by|of)\s*(?:M\.\s+|Mme\s+|S\.E\.\s+)?(\#(NamePattern.name))(?:\s*,\s*([^«»]+))?$"#)

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
      let found = (
        apposition.matches(in: paragraph).map { ($0.groups[0], $0.groups[1]) }
          + roleBeforeName.matches(in: paragraph).map { ($0.groups[1], $0.groups[0]) }
      ).compactMap { name, role in name.flatMap { name in role.map { (name, $0) } } }
      // Offsets are counted from one match to the next, so a long paragraph is walked once.
      var position = paragraph.startIndex
      var offset = 0
      for (name, role) in found.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
        offset += paragraph.distance(from: position, to: name.lowerBound)
        position = name.lowerBound
        let person = Person(
          name: String(paragraph[name]), role: QuoteExtractor.cleanRole(String(paragraph[role])))
        guard NamePattern.isPlausibleName(person.name) else { continue }
        mentions.append(Mention(paragraph: index, offset: offset, person: person))
      }
    }
    return mentions
  }

  /// People in `paragraphs`, speakers of `quotes` first; one entry per name.
  static func extract(quotes: [Quote], appositions: [Mention], speakerLine: String?) -> [Person] {
    var people: [Person] = []
    func add(_ name: String, _ role: String?) {
      let role = role.map(QuoteExtractor.cleanRole).flatMap { $0.isEmpty ? nil : $0 }
      if let index = people.firstIndex(where: { $0.name == name }) {
        if people[index].role == nil { people[index].role = role }
      } else if NamePattern.isPlausibleName(name) && people.count < maximumPeople {
        people.append(Person(name: name, role: role))
      }
    }
    if let speakerLine, let match = speakerLine.isEmpty ? nil : self.speakerLine.firstMatch(in: speakerLine),
      let name = match.groups[0]
    {
      add(String(speakerLine[name]), match.groups[1].map { String(speakerLine[$0]) })
    }
    for quote in quotes {
      if let speaker = quote.speaker { add(speaker, quote.role) }
    }
    for mention in appositions { add(mention.person.name, mention.person.role) }
    return people
  }
}
