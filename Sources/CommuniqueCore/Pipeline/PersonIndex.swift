/// The people of one release under their fullest names: a shorter mention (`Swing`,
/// `William Swing`, `Mariam`) is the person whose fuller name ends or starts with it.
struct PersonIndex {
  /// Each person once, fullest name first seen, in order of first mention.
  private(set) var people: [Person] = []

  /// Adds a mention; a name already known by a fuller form only lends its role.
  mutating func add(_ name: String, role: String?) {
    var words = Self.words(name)
    while words.count > 1, PersonWords.honorifics.contains(words[0].lowercased().trimmingCharacters(in: ["."])) {
      words.removeFirst()
    }
    let name = words.joined(separator: " ")
    let role = role.map(QuoteExtractor.cleanRole).flatMap { $0.isEmpty ? nil : $0 }
    if let index = people.firstIndex(where: { Self.isSame(name, as: $0.name) }) {
      if Self.words(name).count > Self.words(people[index].name).count {
        people[index].name = name
      }
      if people[index].role == nil || (people[index].role?.hasPrefix("qui ") == true && role != nil) {
        people[index].role = role ?? people[index].role
      }
      return
    }
    people.append(Person(name: name, role: role))
  }

  /// Folds shorter names into the fullest one that holds them (after every name is known).
  mutating func mergeShortForms() {
    var merged: [Person] = []
    for person in people.sorted(by: { Self.words($0.name).count > Self.words($1.name).count }) {
      if let index = merged.firstIndex(where: { Self.isSame(person.name, as: $0.name) }) {
        if merged[index].role == nil { merged[index].role = person.role }
      } else {
        merged.append(person)
      }
    }
    let order = people.map(\.name)
    people = merged.sorted { left, right in
      (order.firstIndex { Self.isSame($0, as: left.name) } ?? 0)
        < (order.firstIndex { Self.isSame($0, as: right.name) } ?? 0)
    }
  }

  /// The fullest known name for a mention, or the mention itself.
  func canonical(_ name: String) -> String {
    let candidates = people.filter { Self.isSame(name, as: $0.name) }
    return candidates.max { Self.words($0.name).count < Self.words($1.name).count }?.name ?? name
  }

  /// The first known person named in `text` (by full name or by surname), with where.
  func firstMention(in text: String) -> (name: String, offset: String.Index)? {
    var best: (name: String, offset: String.Index)?
    for person in people {
      for form in Self.forms(of: person.name) {
        guard let range = text.range(of: form), Self.isWordBoundary(text, range) else { continue }
        if best.map({ range.lowerBound < $0.offset }) ?? true {
          best = (person.name, range.lowerBound)
        }
      }
    }
    return best
  }

  /// The last known person named in `text`.
  func lastMention(in text: String) -> String? {
    var best: (name: String, offset: String.Index)?
    for person in people {
      for form in Self.forms(of: person.name) {
        guard let range = text.range(of: form, options: .backwards),
          Self.isWordBoundary(text, range)
        else { continue }
        if best.map({ range.lowerBound > $0.offset }) ?? true {
          best = (person.name, range.lowerBound)
        }
      }
    }
    return best?.name
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
      let lead = roleWords.prefix(wanted.count).map { $0.replacingOccurrences(of: "rice", with: "eur") }
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
    let surnames = parts.dropFirst().filter { $0.count >= 3 && !PersonWords.particles.contains($0.lowercased()) }
    let firstName = parts.count > 1 && parts[0].count >= 3 ? [String(parts[0])] : []
    return [name] + surnames.map(String.init) + firstName
  }

  private static func isWordBoundary(_ text: String, _ range: Range<String.Index>) -> Bool {
    let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
    let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
    return !before.isLetter && !after.isLetter
  }

  /// Whether `short` names the same person as `full`: the same words, or the first or last
  /// words of it (`Swing`, `William Swing` in `William Lacy Swing`).
  static func isSame(_ short: String, as full: String) -> Bool {
    let shortWords = words(short).map { $0.lowercased() }
    let fullWords = words(full).map { $0.lowercased() }
    guard !shortWords.isEmpty, shortWords.count <= fullWords.count else {
      return shortWords.count > fullWords.count && isSame(full, as: short)
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

  private static func words(_ name: String) -> [Substring] {
    name.split(separator: " ")
  }
}
