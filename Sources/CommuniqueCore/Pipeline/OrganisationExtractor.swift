/// Stage 7: the organisations a release names, their mentions merged.
///
/// Sources: acronyms paired with their names both ways (`Nom (ABC)`, `ABC (Nom)`,
/// `English Name (Traduction, ABC)`), institutions named by pattern (`Ministère des affaires
/// sociales`, `gouvernement libyen`), acronyms the built-in `Gazetteer` knows, and the last
/// item of a list of partners (`…, X (ABC) et Al-Wafa`).
public enum OrganisationExtractor {
  static let parenthesis = ParenthesisScanner()
  /// Lower-case words that end like adjectives but are not (`dans`, `elle`, `souhaite`).
  private static let notAdjectives = [
    "dans", "sans", "avant", "pendant", "durant", "elle", "elles", "celle", "celles", "telle",
    "telles", "quelle", "quelles", "laquelle", "lesquelles", "auxquelles", "lequel", "auquel",
    "ainsi", "aussi", "entre", "contre", "lors", "depuis", "avec", "après", "leur", "leurs",
    "tels", "quels", "chez", "mais", "tant", "quant", "avaient", "étaient", "vont", "sont",
    "ont", "font", "souhaite", "appelle", "salue", "lance", "organise", "annonce", "estime",
    "publie", "exhorte", "réaffirme", "rappelle", "félicite", "soutient", "prévoit", "mène",
    "mènent", "continue", "travaille", "travaillent", "déploie", "fournit", "appuie",
    "encourage", "espère", "demande", "accueille", "reconnaît", "condamne", "invite",
    "s’engage", "affilié", "affiliée", "affiliés", "affiliées", "frontière", "frontières",
    "respectif", "respective", "respectifs", "respectives",
  ]
  /// The endings of adjectives of nationality and kind (`libyen`, `française`, `sociales`).
  private static let adjectiveEndings = [
    "ien", "iens", "yen", "yens", "ienne", "iennes", "yenne", "yennes", "ais", "aise", "aises",
    "ain", "ains", "aine", "aines", "ois", "oise", "oises", "ique", "iques", "al", "ale", "ales",
    "aux", "el", "els", "elle", "elles", "aire", "aires", "ère", "ères", "ier", "if", "ive",
    "ives", "ifs", "and", "ands", "ande", "andes", "an", "ans", "ane", "anes", "ol", "ols",
    "ole", "oles", "éen", "éens", "éenne", "éennes", "ite", "ites", "èque", "èques", "abè",
    "abé", "abés", "iste", "istes",
  ]
  /// Adjectives that no ending gives (`belges`, `russes`, `malgaches`).
  private static let wholeAdjectives = [
    "belge", "belges", "suisse", "suisses", "russe", "russes", "grec", "grecs", "grecque",
    "grecques", "turc", "turcs", "turque", "turques", "tchèque", "tchèques", "malgache",
    "malgaches",
  ]
  /// Participles that end an institution's complement (`des personnes déplacées`).
  private static let participleEndings = ["ées", "ée", "és"]
  /// One adjective after an institution's noun; `capitalised` allows `Police Nationale
  /// Congolaise`, `participles` allows `déplacées`.
  private static func adjective(capitalised: Bool = false, participles: Bool = false)
    -> AdjectiveReader
  {
    AdjectiveReader(
      capitalised: capitalised,
      endings: adjectiveEndings + (participles ? participleEndings : []),
      wholeWords: wholeAdjectives, notAdjectives: notAdjectives)
  }

  private static let adjectiveWord = adjective()
  private static let complementAdjective = adjective(participles: true)
  private static let nationalAdjective = adjective(capitalised: true)
  /// The nouns that open an institution's name.
  private static let institutionWords = InstitutionNouns.opening + ["ministère"]
  /// The words that join an institution's noun to what follows (`des`, `pour les`, `sur la`),
  /// in the order they are tried.
  private static let connectors =
    [
      "de la", "des", "du", "de", "pour les", "pour la", "pour le", "sur les", "sur la", "sur le",
      "contre les", "contre la", "contre le",
    ].map { Phrase($0) } + [Phrase("au", unlessFollowedBy: "sein")]
    + [
      "aux", "à la", "chargée de la", "chargée des", "chargée du", "chargée de", "chargé de la",
      "chargé des", "chargé du", "chargé de", "of the", "of", "for",
    ].map { Phrase($0) }
  /// The elided connectors (`de l’`, `d’`, `pour l’`); an acronym may follow them
  /// (`Conseil de l’OIM`).
  private static let elidedConnectors = ["de l’", "d’", "pour l’", "sur l’", "contre l’", "à l’"]
    .map { Phrase($0) }
  /// One complement of an institution: a connector and its words; an acronym after a
  /// connector ends the name (`Commission de la CEDEAO`); `en` takes a place (`Ambassade de
  /// Guinée en Libye`).
  private static let complement = ComplementReader(
    elided: elidedConnectors, connectors: connectors, adjective: complementAdjective)
  static let institution = InstitutionScanner(
    nouns: institutionWords, adjective: adjectiveWord, complement: complement, reach: nameReach)
  private static let nationalBodyWords = [
    "gouvernement", "gouvernements", "forces de sécurité", "forces de défense", "forces armées",
    "garde-côtes", "gardes-côtes", "police", "gendarmerie",
    "armée", "marine",
    "croix-rouge", "croissant-rouge", "croix rouge", "croissant rouge", "garde côtière",
  ]
  static let nationalBody = NationalBodyScanner(
    words: nationalBodyWords + capitalisedNationalBodyWords, adjective: nationalAdjective,
    placeConnectors: ofPlace, reach: nameReach)
  /// The longest name, in UTF-8 bytes, that the institution patterns read.
  private static let nameReach = 400
  /// `du Niger`, `de la Somalie`, `de l’Ukraine`.
  private static let ofPlace = ["du", "de la", "de l’", "des", "de", "d’"].map { Phrase($0) }
  /// Each national body word with a capital first letter, and with every word capitalised.
  private static let capitalisedNationalBodyWords: [String] = nationalBodyWords.flatMap { word in
    [
      word.prefix(1).uppercased() + word.dropFirst(),
      word.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        .joined(separator: " "),
    ]
  }
  /// Forces named by their noun alone after an article (`organisée par la police`, `entre
  /// l’armée et la milice`, `appeler les pompiers`).
  private static let bareBodyWords = [
    "police", "armée", "gendarmerie", "pompiers", "garde-côtes", "gardes-côtes", "Garde-côtes",
    "Gardes-côtes",
  ]
  static let bareBody = BareBodyScanner(words: bareBodyWords)
  private static let namedBodyWords = [
    "Conseil", "Comité", "Commission", "Groupe", "Réseau", "Association", "Fondation",
    "Coalition", "Cluster",
  ]
  /// A body named in guillemets (`Conseil « Justice et affaires intérieures »`); a UN cluster
  /// (`Cluster Abris`).
  static let guillemetBody = GuillemetBodyScanner(words: namedBodyWords)
  static let cluster = ClusterScanner()
  /// The scanners of bodies named by pattern, in the order their matches are read.
  static let bodyScanners = BodyScanners(
    guillemet: guillemetBody, cluster: cluster, institution: institution, national: nationalBody,
    bare: bareBody)
  /// `l’OIM, l’` before a name: the name renames the body (`l’Agence des Nations Unies …`).
  private static let renamedBody = Pattern(
    #"(?:^|[^\p{L}])([\p{Lu}][\p{Lu}\-]{1,10})\)?\s*,\s*(?:l['’]\s*|la\s+|le\s+)$"#)

  /// The names of the gazetteer's and lexicon's bodies that are found spelled out.
  static let spelledOutNeedles: [String] = {
    let gazetteer: [String] = Gazetteer.entries.flatMap { entry in
      ([entry.name] + entry.aliases).filter { $0.containsText(" ") || isAcronymCompound($0) }
    }
    let known: [String] = KnownOrganisations.entries.flatMap { entry in [entry.name] + entry.aliases
    }
    .filter { $0.count >= 4 }
    return gazetteer + known
  }()

  /// The full names of the gazetteer's bodies, to find them spelled out.
  static let gazetteerNames = FirstWordSearch(
    spelledOutNeedles.map { (text: $0, caseSensitive: !$0.containsText(" "), tag: $0) })

  /// Whether each of `gazetteerNames`' tags is an acronym compound (`UN-Habitat`).
  static let acronymCompounds = gazetteerNames.tags.map(isAcronymCompound)

  /// Whether each of `gazetteerNames`' tags is `Nations Unies` (in any case).
  static let isUnitedNations = gazetteerNames.tags.map(namesUnitedNations)

  /// Whether `name` in lower case is `nations unies`: never when it has more scalars than that
  /// (lower-casing maps each scalar to one or more).
  static func namesUnitedNations(_ name: String) -> Bool {
    name.unicodeScalars.count <= 13 && LatinLowercase.of(name) == "nations unies"
  }

  /// The body each of `gazetteerNames`' tags names: the lexicon's entry (the name written
  /// otherwise an alias), or the name with the gazetteer's acronym.
  static let spelledOutBodies: [(name: String, acronym: String?, aliases: [String])] =
    gazetteerNames.tags.map { name in
      if let known = KnownOrganisationKeys.entry(for: name) {
        return (known.name, known.acronym, known.name == name ? [] : [name])
      }
      return (name, Gazetteer.entry(for: name)?.acronym, [])
    }

  /// `UN-Habitat`, `ONU-Femmes`: an acronym and a word joined by a hyphen, a name the acronym
  /// scanner cannot read.
  static func isAcronymCompound(_ name: String) -> Bool {
    // Without a hyphen's byte there is no hyphen; the first part is the same when the split
    // stops after it.
    guard name.utf8.contains(UInt8(ascii: "-")),
      let head = name.split(separator: "-", maxSplits: 1).first, head.count >= 2,
      name.containsText("-")
    else { return false }
    return head.allSatisfy(\.isUppercase)
  }

  /// How many characters before a parenthesis may hold the name it abbreviates.
  private static let nameWindow = 300

  /// The organisations of `paragraphs`, in order of first mention.
  static func extract(_ paragraphs: [ScalarText], notNames: Set<String>) -> [Organisation] {
    var registry = OrganisationRegistry()
    for scalarParagraph in paragraphs {
      let paragraph = scalarParagraph.text
      let spelledOut = spelledOutNames(in: scalarParagraph)
      var consumed = DisjointRanges<String.Index>()
      var listCandidates: [Substring] = []
      for match in parenthesis.matches(in: paragraph) {
        guard let inner = match.groups[0] else { continue }
        let before = CharacterWindow.suffix(
          of: paragraph, before: match.range.lowerBound, length: nameWindow)
        if let pair = pairing(inner: paragraph[inner], before: before) {
          registry.add(name: pair.name, acronym: pair.acronym, aliases: pair.aliases)
          consumed.insert(before.endIndex..<match.range.upperBound)
          if let nameStart = before.range(ofText: pair.name, backwards: true) {
            consumed.insert(nameStart.lowerBound..<match.range.upperBound)
          }
          if isInList(paragraph, at: match.range.lowerBound) {
            listCandidates.append(
              CharacterWindow.prefix(of: paragraph, from: match.range.upperBound, length: 120))
          }
        }
      }
      let bodies = bodyScanners.matches(in: paragraph)
      for match in bodies where !consumed.overlaps(match.range) {
        if isCut(paragraph, at: match.range) { continue }
        let name = trimmed(String(paragraph[match.range]))
        // A programme's name (`Fonds fiduciaire … de l’Union européenne`) is no body, but the
        // bodies it names still are.
        guard !registry.rejects(name, acronym: nil) else { continue }
        if isDescriptor(name),
          let renamed = renamedAcronym(before: paragraph[..<match.range.lowerBound])
        {
          registry.add(
            name: Gazetteer.entry(for: renamed)?.name ?? renamed, acronym: renamed, aliases: [name])
        } else {
          for part in BodyName.parts(of: name) {
            registry.add(name: part, acronym: nil, aliases: [])
          }
        }
        consumed.insert(match.range)
      }
      for (tag, ranges) in spelledOut
      where !isInsideName(
        unitedNations: isUnitedNations[tag], at: ranges, of: paragraph, consumed: consumed)
      {
        let body = spelledOutBodies[tag]
        registry.add(name: body.name, acronym: body.acronym, aliases: body.aliases)
      }
      // `UN` in `UN-Habitat` is part of that name.
      var compounds = DisjointRanges<String.Index>()
      for (tag, ranges) in spelledOut where acronymCompounds[tag] {
        compounds.insert(contentsOf: ranges)
      }
      for range in AcronymToken.ranges(in: scalarParagraph)
      where !compounds.overlaps(range)
        && !namesProgramme(paragraph[..<range.lowerBound])
      {
        let token = String(paragraph[range])
        // `SEM Prénom Nom` is an honorific (Son Excellence Monsieur), not an acronym.
        guard !AcronymStopWords.contains(token) else { continue }
        if !registry.knows(acronym: token) {
          if let entry = Gazetteer.entry(for: token) {
            registry.add(entry: entry, written: token)
          } else if let known = KnownOrganisationKeys.entry(for: token),
            known.acronym == token || known.name.uppercased() == token
          {
            // `INTERPOL` is Interpol written in capitals.
            registry.add(name: known.name, acronym: known.acronym, aliases: [])
          } else {
            continue
          }
        }
        if isInList(paragraph, at: range.lowerBound) {
          listCandidates.append(
            CharacterWindow.prefix(of: paragraph, from: range.upperBound, length: 120))
        }
      }
      for tail in listCandidates {
        let text = String(tail)
        guard let range = ListTail.name(in: text) else { continue }
        let name = String(text[range])
        if !notNames.contains(name) && !registry.knows(acronym: name) {
          registry.add(name: name, acronym: nil, aliases: [])
        }
      }
    }
    return registry.organisations
  }

  /// Whether a name ends where a page was cut in the middle of a word (`… pour la Migr`): the
  /// paragraph ends with it, on a letter, and its last word is a short fragment.
  private static func isCut(_ paragraph: String, at range: Range<String.Index>) -> Bool {
    guard range.upperBound == paragraph.endIndex, paragraph.last?.isLetter == true,
      let last = paragraph[range].split(separator: " ").last
    else { return false }
    return last.count <= 4 && !last.allSatisfy(\.isUppercase)
  }

  /// Words that make the acronym after them a programme's (`projet FMM West Africa`,
  /// `Initiative conjointe UE-OIM`).
  private static let programmeWords: [[UInt8]] = [
    "projet", "programme", "initiative", "conjointe", "campagne", "plan", "fonds",
  ].map { Array($0.utf8) }

  /// Whether the acronym after `text` (or the compound of acronyms it belongs to) is named
  /// by a programme word; read on the UTF-8 bytes (it runs for every acronym).
  static func namesProgramme(_ text: Substring) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(namesProgramme)
      ?? Array(text.utf8).withUnsafeBufferPointer(namesProgramme)
  }

  /// `namesProgramme` on the text's bytes.
  private static func namesProgramme(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = bytes.count
    // Back over the compound (`UE-` in `UE-OIM`), then over the spaces before it.
    while end > 0, !isSpace(bytes[end - 1]) { end -= 1 }
    while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
    var start = end
    while start > 0, end - start <= 10, !isSpace(bytes[start - 1]) { start -= 1 }
    // The word with bit 5 set in each byte is one of the words (no byte so set spells an
    // ASCII letter but in its ASCII byte).
    return programmeWords.contains { word in
      word.count == end - start && word.indices.allSatisfy { bytes[start + $0] | 0x20 == word[$0] }
    }
  }

  /// A space, a line break, or a byte of a no-break space (C2 A0).
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == 0xC2 || byte == 0xA0 || byte == UInt8(ascii: "\n")
  }

  /// The first words of names that describe a body.
  private static let descriptorHeads: Set<String> = [
    "Agence", "Organisation", "organisme", "Organisme", "institution",
  ]

  /// The first bytes of `descriptorHeads`.
  private static let descriptorFirstBytes = Set(descriptorHeads.compactMap(\.utf8.first))

  /// Whether `name` describes a body rather than names another one (`l’Agence des Nations
  /// Unies pour les migrations`, not `la Banque mondiale`).
  private static func isDescriptor(_ name: String) -> Bool {
    guard opensWithDescriptorHead(name) else { return false }
    return Gazetteer.entry(for: name) == nil
      && OrganisationRegistry.gazetteerEntry(named: name) == nil
      && !KnownOrganisationKeys.isKnown(name)
  }

  /// Whether `name`'s first word, what comes before its first space, is one of
  /// `descriptorHeads` (`name` is trimmed). The heads are ASCII: read on the bytes unless a
  /// byte beyond ASCII follows the space (it might be a mark on it).
  static func opensWithDescriptorHead(_ name: String) -> Bool {
    let utf8 = name.utf8
    // No head's bytes open a name that opens with no head's first byte.
    guard let first = utf8.first, descriptorFirstBytes.contains(first) else { return false }
    var ascii = true
    let matches = descriptorHeads.contains { head in
      guard utf8.starts(with: head.utf8) else { return false }
      let rest = utf8.dropFirst(head.utf8.count)
      guard let next = rest.first else { return true }
      guard next == UInt8(ascii: " ") else { return false }
      if let after = rest.dropFirst().first, after >= 0x80 { ascii = false }
      return true
    }
    return ascii ? matches : descriptorHeads.contains(String(name.prefix { $0 != " " }))
  }

  /// The acronym of a body that the name after `before` renames (`l’OIM, l’Agence …`).
  private static func renamedAcronym(before: Substring) -> String? {
    let tail = String(before.suffix(40))
    guard let match = renamedBody.firstMatch(in: tail), let range = match.groups[0] else {
      return nil
    }
    let acronym = String(tail[range])
    return Gazetteer.entry(for: acronym) != nil || KnownOrganisationKeys.entry(for: acronym) != nil
      ? acronym : nil
  }

  /// The gazetteer's and lexicon's names spelled out in `paragraph`, each (a tag of
  /// `gazetteerNames`) with the ranges where the text writes it (in any case), in the order
  /// of the names.
  static func spelledOutNames(in paragraph: ScalarText) -> [(
    tag: Int, ranges: [Range<String.Index>]
  )] {
    let matches = gazetteerNames.matches(in: paragraph)
    guard !matches.isEmpty else { return [] }
    let utf8 = paragraph.text.utf8
    var ranges: [Range<String.Index>] = []
    ranges.reserveCapacity(matches.count)
    // The matches come left to right: one walk over the scalars' UTF-8 widths places them all.
    var scalar = 0
    var offset = 0
    paragraph.scalars.withUnsafeBufferPointer { scalars in
      for match in matches {
        while scalar < match.range.lowerBound {
          offset += UTF8.width(scalars[scalar])
          scalar += 1
        }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        while scalar < match.range.upperBound {
          offset += UTF8.width(scalars[scalar])
          scalar += 1
        }
        ranges.append(lower..<utf8.index(utf8.startIndex, offsetBy: offset))
      }
    }
    // Each name's ranges left to right, then the names in order.
    let order = matches.indices.sorted { (matches[$0].tag, $0) < (matches[$1].tag, $1) }
    var names: [(tag: Int, ranges: [Range<String.Index>])] = []
    for position in order {
      if names.last?.tag == matches[position].tag {
        names[names.count - 1].ranges.append(ranges[position])
      } else {
        names.append((matches[position].tag, [ranges[position]]))
      }
    }
    let tags = gazetteerNames.tags
    return names.count < 2 ? names : names.sorted { tags[$0.tag] < tags[$1.tag] }
  }

  /// Whether every occurrence of a gazetteer name in `paragraph` is part of a longer name:
  /// one already read (`Organisation des Nations Unies` in `Mission de l’Organisation des
  /// Nations Unies pour la Stabilisation du Congo (MONUSCO)`), or `Nations Unies` after a
  /// body's `des` or `aux` (`l’organisme des Nations Unies`, `Fonds des Nations Unies pour …`;
  /// but `le Secrétaire général des Nations Unies` names the United Nations);
  /// `isUnitedNations` says the name is `Nations Unies`.
  private static func isInsideName(
    unitedNations isUnitedNations: Bool, at ranges: [Range<String.Index>], of paragraph: String,
    consumed: DisjointRanges<String.Index>
  ) -> Bool {
    for range in ranges {
      // `Haut Commissaire des Nations Unies pour les réfugiés` is a title that goes on.
      let titleGoesOn = continuesTitle(paragraph[range.upperBound...])
      let afterBody =
        isUnitedNations && (followsBodyNoun(paragraph[..<range.lowerBound]) || titleGoesOn)
      if !afterBody && !consumed.overlaps(range) { return false }
    }
    return true
  }

  /// Whether `text` opens with ` pour ` or ` aux `: compared on the bytes, and by characters
  /// only when a byte beyond ASCII follows (it might be a mark on the space).
  static func continuesTitle(_ text: Substring) -> Bool {
    let read = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
      for (prefix, prefixBytes) in titleContinuations where bytes.holds(prefixBytes, at: 0) {
        let after = prefixBytes.count
        if after == bytes.count || bytes[after] < 0x80 || text.hasPrefix(prefix) { return true }
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(read)
      ?? Array(text.utf8).withUnsafeBufferPointer(read)
  }

  /// The words that go on a title (`continuesTitle`), with their UTF-8 bytes.
  private static let titleContinuations = [" pour ", " aux "].map { ($0, Array($0.utf8)) }

  /// Whether `text` ends with `des ` or `aux ` after a word that is no role (`organisme des`,
  /// `entités des`, not `Secrétaire général des`).
  private static func followsBodyNoun(_ text: Substring) -> Bool {
    let words = text.suffix(80).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
    guard let last = words.last.map({ LatinLowercase.of(String($0)) }),
      last == "des" || last == "aux"
    else {
      return false
    }
    guard let previous = words.dropLast().last else { return true }
    let word = LatinLowercase.of(AcronymPairing.stripElision(String(previous)))
    return !PersonWords.roles.contains(word) && !PersonWords.roleQualifiers.contains(word)
  }

  /// Reads `Nom (ABC)`, `Nom (Traduction, ABC)` and `ABC (Nom)`.
  private static func pairing(inner: Substring, before: Substring)
    -> (name: String, acronym: String, aliases: [String])?
  {
    // Without a comma byte the text is its one part (or none): no splitting by characters.
    let parts =
      inner.utf8.contains(UInt8(ascii: ","))
      ? inner.split(separator: ",") : inner.isEmpty ? [] : [inner]
    if let last = parts.last?.trimmingWhiteSpace(), isAcronym(last) {
      guard
        let name = AcronymPairing.name(before: before, acronym: last)
          ?? Gazetteer.entry(for: last)?.name
      else { return nil }
      let aliases =
        parts.count > 1
        ? [parts.dropLast().map { $0.trimmingWhiteSpace() }.joined(separator: ", ")] : []
      return (trimmed(name), last, aliases)
    }
    // The inner text's tests come first: they are cheaper than finding the word before.
    guard parts.count == 1, let first = inner.first, first.isUppercase,
      inner.split(separator: " ").count >= 2
    else { return nil }
    let previous = before.trimmingWhiteSpace().split(separator: " ").last.map(String.init) ?? ""
    let bare = AcronymPairing.stripElision(previous)
    return isAcronym(bare) ? (trimmed(String(inner)), bare, []) : nil
  }

  /// Whether the mention at `index` is an item of a list: its clause has a comma before it.
  ///
  /// Walks back from `index` over the UTF-8 bytes, at most `nameWindow` characters: a comma
  /// met before the end of the previous clause answers yes.
  static func isInList(_ paragraph: String, at index: String.Index) -> Bool {
    let utf8 = paragraph.utf8
    let end = utf8.distance(from: utf8.startIndex, to: index)
    return utf8.withContiguousStorageIfAvailable { isInList($0, before: end) }
      ?? Array(utf8).withUnsafeBufferPointer { isInList($0, before: end) }
  }

  /// `isInList` on the paragraph's bytes, before the offset `end`.
  private static func isInList(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
    var position = end
    var characters = 0
    while position > 0 && characters < nameWindow {
      // Eight bytes without a clause's mark or a comma, all inside the window: their scalars
      // counted at once (the bytes that are no continuation byte, `10xxxxxx`).
      if position >= 8 && characters + 8 <= nameWindow {
        let word = ByteWord.load(bytes, at: position - 8)
        if listMarks(in: word) == 0 {
          characters += 8 - (word & ~(word << 1) & ByteWord.highs).nonzeroBitCount
          position -= 8
          continue
        }
      }
      position -= 1
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
        UInt8(ascii: "?"):
        return false
      case UInt8(ascii: ","): return true
      default: if byte & 0xC0 != 0x80 { characters += 1 }
      }
    }
    return false
  }

  /// Bit 7 set in the first byte of `word` that ends a clause or is a comma, zero when none is.
  @inline(__always)
  private static func listMarks(in word: UInt64) -> UInt64 {
    ByteWord.marks(of: UInt8(ascii: "."), in: word)
      | ByteWord.marks(of: UInt8(ascii: ";"), in: word)
      | ByteWord.marks(of: UInt8(ascii: ":"), in: word)
      | ByteWord.marks(of: UInt8(ascii: "!"), in: word)
      | ByteWord.marks(of: UInt8(ascii: "?"), in: word)
      | ByteWord.marks(of: UInt8(ascii: ","), in: word)
  }

  private static func isAcronym(_ text: String) -> Bool {
    AcronymShape.matches(text) && capitals(in: text) >= 2
      && !Gazetteer.notOrganisations.contains(text)
  }

  /// `text.filter(\.isUppercase).count`: on ASCII, where each byte is a character, the bytes
  /// `A`…`Z`.
  static func capitals(in text: String) -> Int {
    var text = text
    let ascii = text.withUTF8 { bytes -> Int? in
      var count = 0
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte >= 0x41 && byte <= 0x5A { count += 1 }
      }
      return count
    }
    return ascii ?? text.filter(\.isUppercase).count
  }

  /// The punctuation trimmed off a name's ends.
  private static let endPunctuation: Set<Character> = [".", ",", ";", ":"]

  /// `name` without white space and `endPunctuation` at its ends. A name that opens and ends
  /// with an ASCII byte that is neither is itself (no character holding such a byte at an end
  /// is white space or punctuation); others are trimmed by characters.
  static func trimmed(_ name: String) -> String {
    if let first = name.utf8.first, let last = name.utf8.last, keepsEnd(first), keepsEnd(last) {
      return name
    }
    return name.trimmingWhiteSpace().trimmingCharacters(in: endPunctuation).trimmingWhiteSpace()
  }

  /// Whether `byte` is ASCII and neither white space nor one of `endPunctuation`.
  private static func keepsEnd(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09...0x0D, 0x20, UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"),
      UInt8(ascii: ":"):
      return false
    default: return byte < 0x80
    }
  }
}
