/// Collects organisation mentions and merges those that are the same body: the same
/// acronym, the same name up to case and apostrophes, or a name the gazetteer ties to an
/// acronym already seen.
struct OrganisationRegistry {
  private(set) var organisations: [Organisation] = []
  /// Positions whose name came from the gazetteer, not from the text.
  private var gazetteerNamed: Set<Int> = []
  /// More bodies than this in one release is noise (a junk file), and would make every
  /// later stage slower for nothing.
  static let maximumOrganisations = 150
  /// More names than this for one body is noise, not information.
  private static let maximumAliases = 8
  /// Position of each organisation by acronym.
  private var byAcronym = [TextKey: Int](minimumCapacity: Self.initialCapacity)
  /// Position of each organisation by folded name and alias.
  private var byName = [TextKey: Int](minimumCapacity: Self.initialCapacity)
  /// `OrganisationFilter`'s verdict on each name and acronym already asked about: a release
  /// names the same bodies again and again.
  private var verdicts = [TextKey: Bool](minimumCapacity: Self.initialCapacity)
  /// The room each table is made with: a release names a few dozen bodies, and a table grown
  /// from empty is rehashed at each doubling.
  private static let initialCapacity = 32

  /// Whether `name` (with `acronym`) must not be recorded, asking `OrganisationFilter` once.
  mutating func rejects(_ name: String, acronym: String?) -> Bool {
    let key = TextKey(acronym.map { Self.joined(name, $0) } ?? name)
    if let verdict = verdicts[key] { return verdict }
    let verdict = OrganisationFilter.isNotOrganisation(name, acronym: acronym)
    verdicts[key] = verdict
    return verdict
  }

  /// `name + "\u{1F}" + acronym`, written into one buffer (`+` grows the string twice).
  private static func joined(_ name: String, _ acronym: String) -> String {
    var name = name
    var acronym = acronym
    return name.withUTF8 { name in
      acronym.withUTF8 { acronym in
        String(unsafeUninitializedCapacity: name.count + 1 + acronym.count) { buffer in
          let separator = buffer.initialize(fromContentsOf: name)
          buffer[separator] = 0x1F
          return buffer[(separator + 1)...].initialize(fromContentsOf: acronym)
        }
      }
    }
  }

  /// Whether an organisation with this acronym (or gazetteer alias of it) is known.
  func knows(acronym: String) -> Bool {
    index(acronym: acronym) != nil
  }

  /// Records a body known only by its acronym, named from the gazetteer; the acronym as the
  /// text writes it (`FNUAP` for `UNFPA`) is kept as an alias.
  mutating func add(entry: Gazetteer.Entry, written: String) {
    guard index(acronym: entry.acronym) == nil else { return }
    gazetteerNamed.insert(organisations.count)
    let aliases = written == entry.acronym ? [] : [written]
    append(Organisation(name: entry.name, acronym: entry.acronym, aliases: aliases))
  }

  /// Records a name seen in the text, with its acronym and other names when known.
  mutating func add(name: String, acronym: String?, aliases: [String]) {
    guard !rejects(name, acronym: acronym) else { return }
    // The name's key, folded once for the three look-ups by name.
    let folded = TextKey(Self.fold(name))
    let entry =
      acronym.flatMap(Gazetteer.entry(for:)) ?? Self.gazetteerByName.value(for: folded.text)
    // The gazetteer's acronym (`UNFPA`) merges; the one the text gives (`FNUAP`) is an alias.
    let written = acronym.flatMap { written in entry.map { $0.acronym == written ? [] : [written] }
    }
    let aliases = aliases + (written ?? [])
    var found: Int?
    if let entry {
      found = index(acronym: entry.acronym)
    } else if let acronym {
      // The gazetteer has no entry for it: `index(acronym:)` would ask it again for nothing.
      found = byAcronym[TextKey(acronym)]
    }
    let acronym = entry?.acronym ?? acronym
    if found == nil { found = byName[folded] }
    for alias in aliases where found == nil { found = byName[TextKey(Self.fold(alias))] }
    guard let position = found else {
      append(Organisation(name: name, acronym: acronym, aliases: aliases), folded: folded)
      return
    }
    var organisation = organisations[position]
    if organisation.acronym == nil, let acronym {
      organisation.acronym = acronym
      byAcronym[TextKey(acronym)] = position
    }
    if gazetteerNamed.remove(position) != nil { organisation.name = name }
    // The name's key is `folded`; only the aliases are folded here.
    for (offset, other) in ([name] + aliases).enumerated()
    where organisation.aliases.count < Self.maximumAliases {
      let key = offset == 0 ? folded : TextKey(Self.fold(other))
      guard byName[key] == nil else { continue }
      organisation.aliases.append(other)
      byName[key] = position
    }
    organisations[position] = organisation
  }

  /// Records a new organisation; `folded` is its name's key when already worked out.
  private mutating func append(_ organisation: Organisation, folded: TextKey? = nil) {
    guard organisations.count < Self.maximumOrganisations else { return }
    let position = organisations.count
    organisations.append(organisation)
    if let acronym = organisation.acronym { byAcronym[TextKey(acronym)] = position }
    byName[folded ?? TextKey(Self.fold(organisation.name))] = position
    for name in organisation.aliases { byName[TextKey(Self.fold(name))] = position }
  }

  private func index(acronym: String) -> Int? {
    byAcronym[TextKey(Gazetteer.entry(for: acronym)?.acronym ?? acronym)]
  }

  private static let gazetteerByName: TextKeyTable<Gazetteer.Entry> = {
    var table: [TextKey: Gazetteer.Entry] = [:]
    for entry in Gazetteer.entries {
      for name in [entry.name] + entry.aliases { table[TextKey(fold(name))] = entry }
    }
    return TextKeyTable(table)
  }()

  /// The gazetteer's entry whose name or alias `name` folds as: looked up on the bytes of the
  /// folded name when `foldedBytes` writes it, by `fold(_:)` otherwise.
  static func gazetteerEntry(named name: String) -> Gazetteer.Entry? {
    if let found = LatinKeyBytes.with(name, foldedBytes, { gazetteerByName.value(forPlain: $0) }) {
      return found
    }
    return gazetteerByName.value(for: fold(name))
  }

  /// `fold(_:)` written on the bytes of a name in Latin-1 (or with `’`): its elided article
  /// left out, each scalar folded; nil for another name, or an elision before a byte that may
  /// open a combining mark (a lead byte from CC on).
  private static func foldedBytes(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>
  ) -> Int? {
    var start = 0
    if let first = bytes.first {
      // `l’`, `d’`, `qu’` (any case) and the first byte after the apostrophe.
      var apostrophe = -1
      switch first {
      case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "d"), UInt8(ascii: "D"):
        apostrophe = 1
      case UInt8(ascii: "q"), UInt8(ascii: "Q"):
        if bytes.count > 1 && (bytes[1] == UInt8(ascii: "u") || bytes[1] == UInt8(ascii: "U")) {
          apostrophe = 2
        }
      default: break
      }
      var after = -1
      if apostrophe > 0 && apostrophe < bytes.count {
        if bytes[apostrophe] == UInt8(ascii: "'") {
          after = apostrophe + 1
        } else if apostrophe + 2 < bytes.count, bytes[apostrophe] == 0xE2,
          bytes[apostrophe + 1] == 0x80, bytes[apostrophe + 2] == 0x99
        {
          after = apostrophe + 3
        }
      }
      if after > 0 && after < bytes.count {
        guard bytes[after] < 0xCC else { return nil }
        start = after
      }
    }
    return LatinKeyBytes.folded(bytes, from: start, into: output)
  }

  /// The comparison key of a name: lower case, one apostrophe, no elided article. Written
  /// from the bytes by `foldedBytes` when it can, scalar by scalar otherwise.
  static func fold(_ name: String) -> String {
    if let folded = LatinKeyBytes.with(name, foldedBytes, { String(decoding: $0, as: UTF8.self) }) {
      return folded
    }
    let name = AcronymPairing.stripElision(name)
    // On Latin-1, folding is lower-casing (`’` is beyond it).
    if let folded = LatinLowercase.latin1(name) { return folded }
    var bytes: [UInt8] = []
    for scalar in name.unicodeScalars {
      UTF8.encode(ScalarText.fold(scalar)) { bytes.append($0) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
