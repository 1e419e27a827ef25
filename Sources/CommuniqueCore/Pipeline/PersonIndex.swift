/// The people of one release under their fullest names: a shorter mention (`Swing`,
/// `William Swing`, `Mariam`) is the person whose fuller name ends or starts with it.
struct PersonIndex {
  /// Each person once, fullest name first seen, in order of first mention.
  private(set) var people: [Person] = []
  /// The lower-cased words of each person's name, kept beside `people`.
  private var folded: [[String]] = []
  /// The forms of every name (`forms(of:)`) that open with a letter, by the word they open
  /// with: a text is searched word by word, whatever the number of people.
  private var formsByWord: [String: [(person: Int, form: String)]] = Dictionary(
    minimumCapacity: 32)
  /// The forms that do not open with a letter, searched for one by one.
  private var otherForms: [(person: Int, form: String)] = []
  /// The forms of each person's name with the word each opens with, kept beside `people`.
  private var nameForms: [[NameForm]] = []
  /// A form of a name (`forms(of:)`) and the word it opens with (empty if not a letter).
  private typealias NameForm = (word: String, form: String)
  /// The first UTF-8 bytes of the forms in `formsByWord`: where a text can name someone.
  private var firstBytes = [Bool](repeating: false, count: 256)

  /// Adds a mention; a name already known by a fuller form only lends its role.
  mutating func add(_ name: String, role: String?) {
    var words = Self.words(name)
    while words.count > 1, Self.isHonorific(words[0]) { words.removeFirst() }
    let name = words.joined(separator: " ")
    let key = Self.fold(name)
    // Cleaned only when it is kept.
    let cleaned = { role.map(QuoteExtractor.cleanRole).flatMap { $0.isEmpty ? nil : $0 } }
    if let index = folded.firstIndex(where: { Self.isSame(key, as: $0) }) {
      if key.count > folded[index].count {
        unindexForms(of: index)
        people[index].name = name
        folded[index] = key
        indexForms(of: index)
      }
      if people[index].role == nil {
        people[index].role = cleaned()
      } else if role != nil, people[index].role?.hasPrefix("qui ") == true, let role = cleaned() {
        people[index].role = role
      }
      return
    }
    people.append(Person(name: name, role: cleaned()))
    folded.append(key)
    indexForms(of: people.count - 1)
  }

  /// Whether `word` in lower case, without its leading and trailing full stops, is an
  /// honorific (`M.`, `S.E.`, `Mme`): read on the bytes of a word of ASCII and U+00C0–U+00FF
  /// (each scalar a character, its lower case told by its bytes) through `WordKind.table`
  /// (built from `PersonWords.honorifics`, in form C as such words are).
  static func isHonorific(_ word: String) -> Bool {
    var word = word
    let plain = word.withUTF8 { bytes -> Bool? in
      var start = 0
      var end = bytes.count
      while start < end, bytes[start] == 0x2E { start += 1 }
      while end > start, bytes[end - 1] == 0x2E { end -= 1 }
      let table = WordKind.table
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start + 1) { lower in
        var index = start
        while index < end {
          let byte = bytes[index]
          if byte < 0x80 {
            lower[index - start] = LatinLowercase.ascii(byte)
            index += 1
          } else if byte == 0xC3, index + 1 < end {
            let next = bytes[index + 1]
            lower[index - start] = byte
            lower[index - start + 1] = LatinLowercase.latin1(lead: byte, next)
            index += 2
          } else {
            return nil
          }
        }
        guard end - start <= table.maxLength else { return false }
        let value = table.value(UnsafeBufferPointer(rebasing: lower[0..<(end - start)]))
        return WordKind(rawValue: value).contains(.honorific)
      }
    }
    return plain ?? PersonWords.honorifics.contains(word.lowercased().trimmingCharacters(in: ["."]))
  }

  /// Reads the forms of person `index`'s name and files them.
  private mutating func indexForms(of index: Int) {
    let forms = Self.forms(of: people[index].name).map { form in
      (word: Self.leadingLetters(form), form: form)
    }
    if index < nameForms.count { nameForms[index] = forms } else { nameForms.append(forms) }
    file(index)
  }

  /// The letters `form` opens with (`String(form.prefix(while: \.isLetter))`), read on the
  /// bytes of a plain Latin form.
  static func leadingLetters(_ form: String) -> String {
    guard form.isPlainLatin,
      let word = form.utf8.withContiguousStorageIfAvailable({ bytes in
        var end = 0
        while let next = LatinLetters.letterEnd(bytes, at: end) { end = next }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
      })
    else { return String(form.prefix(while: \.isLetter)) }
    return word
  }

  /// Files the forms of person `index`'s name, read before.
  private mutating func file(_ index: Int) {
    for (word, form) in nameForms[index] {
      if word.isEmpty {
        otherForms.append((index, form))
      } else {
        formsByWord[word, default: []].append((index, form))
        firstBytes[Int(form.utf8.first!)] = true
      }
    }
  }

  /// Removes the forms of person `index`'s name.
  private mutating func unindexForms(of index: Int) {
    for (word, _) in nameForms[index] {
      if word.isEmpty {
        otherForms.removeAll { $0.person == index }
      } else {
        formsByWord[word]?.removeAll { $0.person == index }
      }
    }
  }

  /// Folds shorter names into the fullest one that holds them (after every name is known).
  mutating func mergeShortForms() {
    var merged: [(person: Person, key: [String], first: Int, forms: [NameForm])] = []
    let byLength = people.indices.sorted { folded[$0].count > folded[$1].count }
    for index in byLength {
      if let target = merged.firstIndex(where: { Self.isSame(folded[index], as: $0.key) }) {
        if merged[target].person.role == nil { merged[target].person.role = people[index].role }
        merged[target].first = min(merged[target].first, index)
      } else {
        merged.append((people[index], folded[index], index, nameForms[index]))
      }
    }
    // Nothing folded: every person keeps their place, and their forms are filed already (in
    // another order within a word's list when a name grew, which no search depends on).
    if merged.count == people.count { return }
    merged.sort { $0.first < $1.first }
    people = merged.map(\.person)
    folded = merged.map(\.key)
    nameForms = merged.map(\.forms)
    formsByWord = Dictionary(minimumCapacity: nameForms.reduce(0) { $0 + $1.count })
    otherForms = []
    for index in people.indices { file(index) }
  }

  /// The fullest known name for a mention, or the mention itself.
  func canonical(_ name: String) -> String {
    let key = Self.fold(name)
    let candidates = people.indices.filter { Self.isSame(key, as: folded[$0]) }
    return candidates.max { folded[$0].count < folded[$1].count }.map { people[$0].name } ?? name
  }

  /// The first known person named in `text` (by full name, surname or first name), with where.
  func firstMention(in text: String) -> (name: String, offset: String.Index)? {
    mentions(in: text).min { ($0.offset, $0.person) < ($1.offset, $1.person) }
      .map { ($0.name, $0.offset) }
  }

  /// The last known person named in `text` (the first known of those named at that place).
  func lastMention(in text: String) -> String? {
    mentions(in: text).max { ($0.offset, $1.person) < ($1.offset, $0.person) }?.name
  }

  /// Every mention of a known person in `text`, found byte for byte at word boundaries: at
  /// each word's start whose first byte opens a form, the forms that open with that word.
  func mentions(in text: String) -> [(name: String, offset: String.Index, person: Int)] {
    guard text.isPlainLatin,
      let found = text.utf8.withContiguousStorageIfAvailable({ latinMentions(in: text, $0) })
    else { return characterMentions(in: text) }
    return found
  }

  /// `characterMentions(in:)` for a plain Latin text (`isPlainLatin`, its UTF-8 `bytes`),
  /// where a scalar is a character: letters are told by `LatinLetters`, on the bytes.
  private func latinMentions(in text: String, _ bytes: UnsafeBufferPointer<UInt8>)
    -> [(name: String, offset: String.Index, person: Int)]
  {
    var found: [(name: String, offset: String.Index, person: Int)] = []
    let utf8 = text.utf8
    for start in bytes.indices where firstBytes[Int(bytes[start])] {
      guard bytes[start] & 0xC0 != 0x80, !LatinLetters.endsLetter(bytes, at: start) else {
        continue
      }
      var end = start
      while let next = LatinLetters.letterEnd(bytes, at: end) { end = next }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      for (person, form) in formsByWord[word] ?? [] {
        let formEnd = start + form.utf8.count
        guard formEnd <= bytes.count, bytes[start..<formEnd].elementsEqual(form.utf8),
          LatinLetters.letterEnd(bytes, at: formEnd) == nil
        else { continue }
        found.append((people[person].name, utf8.index(utf8.startIndex, offsetBy: start), person))
      }
    }
    found += otherMentions(in: text)
    return found
  }

  /// Every mention of a known person in `text`, read character by character.
  func characterMentions(in text: String) -> [(
    name: String, offset: String.Index, person: Int
  )] {
    var found: [(name: String, offset: String.Index, person: Int)] = []
    let bytes = text.utf8
    var position = bytes.startIndex
    while let start = bytes[position...].firstIndex(where: { firstBytes[Int($0)] }) {
      position = bytes.index(after: start)
      guard start.samePosition(in: text) != nil,
        start == text.startIndex || !text[text.index(before: start)].isLetter
      else { continue }
      var end = start
      while end < text.endIndex && text[end].isLetter { end = text.index(after: end) }
      for (person, form) in formsByWord[String(text[start..<end])] ?? []
      where Self.names(form, in: text, at: start) {
        found.append((people[person].name, start, person))
      }
    }
    return found + otherMentions(in: text)
  }

  /// The mentions of the forms that do not open with a letter.
  private func otherMentions(in text: String) -> [(
    name: String, offset: String.Index, person: Int
  )] {
    var found: [(name: String, offset: String.Index, person: Int)] = []
    let bytes = text.utf8
    for (person, form) in otherForms {
      for offset in text.utf8Offsets(of: form) {
        let start = bytes.index(bytes.startIndex, offsetBy: offset)
        guard start.samePosition(in: text) != nil,
          start == text.startIndex || !text[text.index(before: start)].isLetter,
          Self.names(form, in: text, at: start)
        else { continue }
        found.append((people[person].name, start, person))
      }
    }
    return found
  }

  /// Whether `text` holds `form` at `start` (a word's start), ending where a word ends.
  private static func names(_ form: String, in text: String, at start: String.Index) -> Bool {
    let bytes = text.utf8
    guard let end = bytes.index(start, offsetBy: form.utf8.count, limitedBy: bytes.endIndex),
      bytes[start..<end].elementsEqual(form.utf8)
    else { return false }
    return end == text.endIndex || !text[end].isLetter
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
      $0.count >= 3 && !PersonWords.particles.contains(LatinLowercase.of($0))
    }
    // Built in one array: the full name, a surname of several words, particles and short
    // words included (`DEL RE` in `Emanuela DEL RE`, `Di Giacomo` in `Flavio Di Giacomo`),
    // the surnames, and the first name.
    var forms = [name]
    forms.reserveCapacity(surnames.count + 3)
    if parts.count >= 3 { forms.append(parts.dropFirst().joined(separator: " ")) }
    forms += surnames
    if parts.count > 1 && parts[0].count >= 3 { forms.append(parts[0]) }
    return forms
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
    SpacedWords.split(LatinLowercase.of(name))
  }

  private static func words(_ name: String) -> [String] {
    SpacedWords.split(name)
  }
}
