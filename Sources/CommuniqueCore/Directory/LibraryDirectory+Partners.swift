extension LibraryDirectory.Builder {
  /// The partner a sighting belongs to, before partners are numbered.
  private enum PartnerKey: Hashable {
    /// The body with this canonical acronym.
    case acronym(String)
    /// A body known by names only: the group of names (by number) it shares one with.
    case names(Int)
  }

  /// The partners, most cited first: one per acronym (canonical through the gazetteer), never
  /// two acronyms in one. A mention by name only joins the acronym the gazetteer gives that
  /// name, else the one its own release pairs the name with, else the one the library settles
  /// the name on (`NameTies`); the mentions joined to no acronym are grouped by shared names.
  func partners() -> [DirectoryPartner] {
    let shapes = organisations.values.map(PartnerShape.init)
    let ties = NameTies(shapes: shapes, sightings: organisationSightings)
    let keys = partnerKeys(shapes: shapes, ties: ties)
    var numbers: [PartnerKey: Int] = [:]
    var groups: [(key: PartnerKey, members: [Int: Int], order: [Int], releases: [Int])] = []
    for (sighting, key) in zip(organisationSightings, keys) {
      let number: Int
      if let known = numbers[key] {
        number = known
      } else {
        number = groups.count
        numbers[key] = number
        groups.append((key, [:], [], []))
      }
      if groups[number].members[sighting.item] == nil { groups[number].order.append(sighting.item) }
      groups[number].members[sighting.item, default: 0] += 1
      if groups[number].releases.last != sighting.release {
        groups[number].releases.append(sighting.release)
      }
    }
    let partners = groups.map { group in
      var acronym: String?
      if case .acronym(let value) = group.key { acronym = value }
      let partner = partner(
        acronym: acronym,
        from: group.order.map { (organisations.values[$0], group.members[$0] ?? 0) },
        releases: group.releases, ties: ties)
      return (partner: partner, key: LibraryDirectory.fold(partner.name))
    }
    return partners.sorted { ($1.partner.count, $0.key) < ($0.partner.count, $1.key) }
      .map(\.partner)
  }

  /// The partner of each sighting, in the order of `organisationSightings`.
  private func partnerKeys(shapes: [PartnerShape], ties: NameTies) -> [PartnerKey] {
    var keys: [PartnerKey?] = []
    keys.reserveCapacity(organisationSightings.count)
    var unresolved: [Int: Int] = [:]
    var nameGroups = KeyedGroups()
    var start = 0
    while start < organisationSightings.count {
      let release = organisationSightings[start].release
      var end = start
      while end < organisationSightings.count && organisationSightings[end].release == release {
        end += 1
      }
      let sightings = organisationSightings[start..<end]
      let paired = Self.pairs(in: sightings.map { shapes[$0.item] })
      for sighting in sightings {
        let shape = shapes[sighting.item]
        let acronym =
          shape.acronym
          ?? shape.names.lazy.compactMap { name in
            LibraryDirectory.gazetteerAcronyms[name] ?? paired[name] ?? ties.acronym(for: name)
          }.first
        if let acronym {
          keys.append(.acronym(acronym))
        } else {
          if unresolved[sighting.item] == nil {
            unresolved[sighting.item] = unresolved.count
            nameGroups.add(keys: shape.names)
          }
          keys.append(nil)
        }
      }
      start = end
    }
    var groupOf = [Int](repeating: 0, count: unresolved.count)
    for (number, members) in nameGroups.groups().enumerated() {
      for member in members { groupOf[member] = number }
    }
    return zip(organisationSightings, keys).map { sighting, key in
      key ?? .names(groupOf[unresolved[sighting.item] ?? 0])
    }
  }

  /// The names one release pairs with exactly one acronym.
  private static func pairs(in shapes: [PartnerShape]) -> [String: String] {
    var paired: [String: String] = [:]
    var ambiguous: Set<String> = []
    for shape in shapes {
      guard let acronym = shape.acronym else { continue }
      for name in shape.names where !ambiguous.contains(name) {
        if let other = paired[name], other != acronym {
          paired[name] = nil
          ambiguous.insert(name)
        } else {
          paired[name] = acronym
        }
      }
    }
    return paired
  }

  /// One partner from its organisations (in order of first sighting, with how many sightings
  /// each) and the releases naming it. Its acronyms, and names the library settles on another
  /// acronym, are not its name while it has another (or the gazetteer gives one); the names
  /// settled elsewhere are not among its aliases either.
  private func partner(
    acronym: String?, from organisations: [(organisation: Organisation, sightings: Int)],
    releases: [Int], ties: NameTies
  ) -> DirectoryPartner {
    let gazetteer = acronym.flatMap(Gazetteer.entry(for:))
    let spellings = Set(
      ([acronym] + organisations.map(\.organisation.acronym)).compactMap { $0 }
        .map(LibraryDirectory.fold))
    let isOwn = { (name: String) in
      let folded = LibraryDirectory.fold(name)
      return !spellings.contains(folded) && (acronym.map { ties.belongs(folded, to: $0) } ?? true)
    }
    let names = organisations.map { (value: $0.organisation.name, count: $0.sightings) }
    let name =
      LibraryDirectory.mostCommon(names.filter { isOwn($0.value) }, preferring: gazetteer?.name)
      ?? gazetteer?.name ?? LibraryDirectory.mostCommon(names) ?? organisations[0].organisation.name
    var seen: Set<String> = [LibraryDirectory.fold(name)]
    if let acronym { seen.insert(LibraryDirectory.fold(acronym)) }
    var aliases: [String] = []
    for organisation in organisations.map(\.organisation) {
      for other in [organisation.name] + organisation.aliases
      where isOwn(other) && seen.insert(LibraryDirectory.fold(other)).inserted {
        aliases.append(other)
      }
      if let other = organisation.acronym, seen.insert(LibraryDirectory.fold(other)).inserted {
        aliases.append(other)
      }
    }
    return DirectoryPartner(
      name: name, acronym: acronym, aliases: aliases, releases: releases.map { references[$0] })
  }
}

extension LibraryDirectory.Builder {
  /// The organisations of one release, less name-only mentions that are the start of another
  /// one's name (`Agence des Nations` beside `Agence des Nations Unies pour les réfugiés`).
  mutating func withoutFragments(_ organisations: [Organisation]) -> [Organisation] {
    guard organisations.contains(where: { $0.acronym == nil }) else { return organisations }
    var names: [String] = []
    for organisation in organisations {
      for name in [organisation.name] + organisation.aliases { names.append(fold(name)) }
    }
    var kept: [Organisation] = []
    for organisation in organisations {
      let name = organisation.acronym == nil ? fold(organisation.name) + " " : nil
      if let name, names.contains(where: { $0.hasPrefix(name) }) { continue }
      kept.append(organisation)
    }
    return kept
  }
}

extension LibraryDirectory {
  /// An acronym through the gazetteer's equivalences (`UNHCR` → `HCR`, `IOM` → `OIM`).
  static func canonicalAcronym(_ acronym: String) -> String {
    Gazetteer.entry(for: acronym)?.acronym ?? acronym
  }

  /// The gazetteer's acronym for each of its folded acronyms, names and aliases.
  static let gazetteerAcronyms: [String: String] = {
    var table: [String: String] = [:]
    for entry in Gazetteer.entries {
      for name in [entry.acronym, entry.name] + entry.aliases { table[fold(name)] = entry.acronym }
    }
    return table
  }()

  /// The value seen most often, counting each as many times as given; on a tie, `preferred`
  /// if it is among the tied, else the first.
  static func mostCommon(
    _ values: [(value: String, count: Int)], preferring preferred: String? = nil
  ) -> String? {
    var counts: [String: Int] = [:]
    for item in values { counts[item.value, default: 0] += item.count }
    guard let top = counts.values.max() else { return nil }
    let tied = values.map(\.value).filter { counts[$0] == top }
    if let preferred, tied.contains(preferred) { return preferred }
    return tied.first
  }

  /// The comparison key of a name (case, apostrophes and elided article folded).
  static func fold(_ name: String) -> String { OrganisationRegistry.fold(name) }
}
