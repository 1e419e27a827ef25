/// The people of one release under their fullest names: a shorter mention (`Swing`,
/// `William Swing`, `Mariam`) is the person whose fuller name ends or starts with it.
struct PersonIndex {
  /// Each person once, fullest name first seen, in order of first mention.
  private(set) var people: [Person] = []
  /// The lower-cased words of each person's name, kept beside `people`.
  private var folded: [[String]] = []

  /// Adds a mention; a name already known by a fuller form only lends its role.
  mutating func add(_ name: String, role: String?) {
    var words = Self.words(name)
    while words.count > 1,
      PersonWords.honorifics.contains(words[0].lowercased().trimmingCharacters(in: ["."]))
    {
      words.removeFirst()
    }
    let name = words.joined(separator: " ")
    let key = Self.fold(name)
    let role = role.map(QuoteExtractor.cleanRole).flatMap { $0.isEmpty ? nil : $0 }
    if let index = folded.firstIndex(where: { Self.isSame(key, as: $0) }) {
      if key.count > folded[index].count {
        people[index].name = name
        folded[index] = key
      }
      if people[index].role == nil || (people[index].role?.hasPrefix("qui ") == true && role != nil)
      {
        people[index].role = role ?? people[index].role
      }
      return
    }
    people.append(Person(name: name, role: role))
    folded.append(key)
  }

  /// Folds shorter names into the fullest one that holds them (after every name is known).
  mutating func mergeShortForms() {
    var merged: [(person: Person, key: [String], first: Int)] = []
    let byLength = people.indices.sorted { folded[$0].count > folded[$1].count }
    for index in byLength {
      if let target = merged.firstIndex(where: { Self.isSame(folded[index], as: $0.key) }) {
        if merged[target].person.role == nil { merged[target].person.role = people[index].role }
        merged[target].first = min(merged[target].first, index)
      } else {
        merged.append((people[index], folded[index], index))
      }
    }
    merged.sort { $0.first < $1.first }
    people = merged.map(\.person)
    folded = merged.map(\.key)
  }

  /// The fullest known name for a mention, or the mention itself.
  func canonical(_ name: String) -> String {
    let key = Self.fold(name)
    let candidates = people.indices.filter { Self.isSame(key, as: folded[$0]) }
    return candidates.max { folded[$0].count < folded[$1].count }.map { people[$0].name } ?? name
  }

  /// The first known person named in `text` (by full name, surname or first name), with where.
  func firstMention(in text: String) -> (name: String, offset: String.Index)? {
    mentions(in: text).min { $0.offset < $1.offset }
  }

  /// The last known person named in `text`.
  func lastMention(in text: String) -> String? {
    mentions(in: text).max { $0.offset < $1.offset }?.name
  }

  /// Every mention of a known person in `text`, found byte for byte at word boundaries.
  private func mentions(in text: String) -> [(name: String, offset: String.Index)] {
    var found: [(name: String, offset: String.Index)] = []
    for person in people {
      for form in Self.forms(of: person.name) {
        for offset in text.utf8Offsets(of: form) {
          let start = text.utf8.index(text.startIndex, offsetBy: offset)
          let end = text.utf8.index(start, offsetBy: form.utf8.count)
          guard start.samePosition(in: text) != nil, Self.isWordBoundary(text, start..<end)
          else { continue }
          found.append((person.name, start))
        }
      }
    }
    return found
  }

  /// The person whose role a clause names without their name (`a déclaré le Directeur
  /// général`, `a dit la DG`): the one known person whose role starts the same way.
  func person(withRoleIn clause: String) -> String? {
    let words = clause.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
    guard let article = words.firstIndex(where: { $0 == "le" || $0 == "la" }),
      article + 1 < words.count, PersonWords.roles.contains(words[article + 1])
    else { return nil }
    var wanted = Array(words[(article + 1)...].prefix(2))
    if wanted[0] == "dg" { wanted = ["directeur", "général"] }
    let matching = people.filter { person in
      guard let role = person.role?.lowercased() else { return false }
      let roleWords = role.split(separator: " ").map(String.init)
      let lead = roleWords.prefix(wanted.count).map {
        $0.replacingOccurrences(of: "rice", with: "eur")
      }
      let want = wanted.map { $0.replacingOccurrences(of: "rice", with: "eur") }
      return lead.map(Self.genderless) == want.map(Self.genderless)
    }
    return matching.count == 1 ? matching[0].name : nil
  }

  /// A role word without its feminine ending, for comparing roles (`générale` → `général`).
  private static func genderless(_ word: String) -> String {
    word.hasSuffix("e") && word.count > 4 ? String(word.dropLast()) : word
  }

  /// The full name, and the surname alone when it is long enough to be told apart.
  private static func forms(of name: String) -> [String] {
    let parts = words(name)
    // The surname, or each word of a double surname (`Quirós` in `Esteban Quirós Mora`).
    let surnames = parts.dropFirst().filter {
      $0.count >= 3 && !PersonWords.particles.contains($0.lowercased())
    }
    let firstName = parts.count > 1 && parts[0].count >= 3 ? [String(parts[0])] : []
    // A surname of several words, particles and short words included (`DEL RE` in `Emanuela
    // DEL RE`, `Di Giacomo` in `Flavio Di Giacomo`).
    let compound = parts.count >= 3 ? [parts.dropFirst().joined(separator: " ")] : []
    return [name] + compound + surnames.map(String.init) + firstName
  }

  private static func isWordBoundary(_ text: String, _ range: Range<String.Index>) -> Bool {
    let before =
      range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
    let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
    return !before.isLetter && !after.isLetter
  }

  /// Whether `short` names the same person as `full`: the same words, or the first or last
  /// words of it (`Swing`, `William Swing` in `William Lacy Swing`).
  static func isSame(_ short: String, as full: String) -> Bool {
    isSame(fold(short), as: fold(full))
  }

  /// `isSame` on lower-cased words.
  private static func isSame(_ shortWords: [String], as fullWords: [String]) -> Bool {
    guard !shortWords.isEmpty, shortWords.count <= fullWords.count else {
      return shortWords.count > fullWords.count && isSame(fullWords, as: shortWords)
    }
    if shortWords == fullWords { return true }
    if shortWords.count == 1 {
      // A first name, or a surname: the last word or, for double surnames, any after the first.
      return fullWords.contains(shortWords[0])
    }
    if shortWords.first == fullWords.first && shortWords.last == fullWords.last { return true }
    // A surname of several words (`Di Giacomo` in `Flavio Di Giacomo`).
    return fullWords.suffix(shortWords.count).elementsEqual(shortWords)
  }

  private static func fold(_ name: String) -> [String] {
    name.lowercased().split(separator: " ").map(String.init)
  }

  private static func words(_ name: String) -> [Substring] {
    name.split(separator: " ")
  }
}
