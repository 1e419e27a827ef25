extension LibraryDirectory.Builder {
  /// The partners: each group of organisations sharing a key, most cited first.
  func partners() -> [DirectoryPartner] {
    var groups = partnerGroups
    let members = groups.groups()
    let shapes = organisations.values
    var sightings = [Int](repeating: 0, count: shapes.count)
    for sighting in organisationSightings { sightings[sighting.item] += 1 }
    let releases = Self.releases(of: organisationSightings, in: members, itemCount: shapes.count)
    let partners = zip(members, releases.releases).map { members, releases in
      let partner = partner(
        from: members.map { (shapes[$0], sightings[$0]) }, releases: releases)
      return (partner: partner, key: LibraryDirectory.fold(partner.name))
    }
    return partners.sorted { ($1.partner.count, $0.key) < ($0.partner.count, $1.key) }
      .map(\.partner)
  }

  /// One partner from its organisations (in order of first sighting, with how many sightings
  /// each) and the releases naming it.
  private func partner(
    from organisations: [(organisation: Organisation, sightings: Int)], releases: [Int]
  ) -> DirectoryPartner {
    let gazetteer = organisations.lazy
      .compactMap { $0.organisation.acronym.flatMap(Gazetteer.entry(for:)) }.first
    let acronyms = organisations.compactMap { item in
      item.organisation.acronym.map { (value: $0, count: item.sightings) }
    }
    let acronym = gazetteer?.acronym ?? LibraryDirectory.mostCommon(acronyms)
    let names = organisations.map { (value: $0.organisation.name, count: $0.sightings) }
    let name =
      LibraryDirectory.mostCommon(names, preferring: gazetteer?.name)
      ?? organisations[0].organisation.name
    var seen: Set<String> = [LibraryDirectory.fold(name)]
    if let acronym { seen.insert(LibraryDirectory.fold(acronym)) }
    var aliases: [String] = []
    let spellings = organisations.map(\.organisation).flatMap {
      [$0.name] + $0.aliases + [$0.acronym].compactMap { $0 }
    }
    for other in spellings where seen.insert(LibraryDirectory.fold(other)).inserted {
      aliases.append(other)
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

  /// The keys that identify an organisation: its acronym (canonical through the gazetteer),
  /// its names and its gazetteer entry.
  static func keys(of organisation: Organisation) -> [String] {
    let name = fold(organisation.name)
    var keys = ([name] + organisation.aliases.map(fold)).map { "name:" + $0 }
    let known = organisation.acronym.flatMap(Gazetteer.entry(for:))?.acronym
    if let acronym = known ?? gazetteerAcronyms[name] ?? organisation.acronym {
      keys.append("acronym:" + acronym)
    }
    return keys
  }

  /// The gazetteer's acronym for each of its folded names and aliases.
  private static let gazetteerAcronyms: [String: String] = {
    var table: [String: String] = [:]
    for entry in Gazetteer.entries {
      for name in [entry.name] + entry.aliases { table[fold(name)] = entry.acronym }
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
