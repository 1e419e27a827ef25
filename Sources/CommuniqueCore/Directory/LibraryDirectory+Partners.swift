extension LibraryDirectory {
  /// One organisation as one release names it.
  private struct Sighting {
    var organisation: Organisation
    var release: Int
  }

  static func partners(in releases: [Release]) -> [DirectoryPartner] {
    var sightings: [Sighting] = []
    var groups = KeyedGroups()
    for (index, release) in releases.enumerated() {
      for organisation in withoutFragments(release.organisations) {
        sightings.append(Sighting(organisation: organisation, release: index))
        groups.add(keys: keys(of: organisation))
      }
    }
    let partners = groups.groups().map { members in
      let partner = partner(from: members.map { sightings[$0] }, releases: releases)
      return (partner: partner, key: fold(partner.name))
    }
    return partners.sorted { ($1.partner.count, $0.key) < ($0.partner.count, $1.key) }
      .map(\.partner)
  }

  /// The organisations of one release, less name-only mentions that are the start of another
  /// one's name (`Agence des Nations` beside `Agence des Nations Unies pour les réfugiés`).
  static func withoutFragments(_ organisations: [Organisation]) -> [Organisation] {
    let names = organisations.flatMap { [$0.name] + $0.aliases }.map(fold)
    return organisations.filter { organisation in
      guard organisation.acronym == nil else { return true }
      let name = fold(organisation.name)
      return !names.contains { $0.count > name.count && $0.hasPrefix(name + " ") }
    }
  }

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

  private static func partner(from sightings: [Sighting], releases: [Release])
    -> DirectoryPartner
  {
    let organisations = sightings.map(\.organisation)
    let gazetteer = organisations.lazy.compactMap { $0.acronym.flatMap(Gazetteer.entry(for:)) }
      .first
    let acronym = gazetteer?.acronym ?? mostCommon(organisations.compactMap(\.acronym))
    let name =
      mostCommon(organisations.map(\.name), preferring: gazetteer?.name) ?? organisations[0].name
    var seen: Set<String> = [fold(name)]
    if let acronym { seen.insert(fold(acronym)) }
    var aliases: [String] = []
    for other in organisations.flatMap({ [$0.name] + $0.aliases + [$0.acronym].compactMap { $0 } })
    where seen.insert(fold(other)).inserted {
      aliases.append(other)
    }
    var indices: [Int] = []
    for sighting in sightings where !indices.contains(sighting.release) {
      indices.append(sighting.release)
    }
    return DirectoryPartner(
      name: name, acronym: acronym, aliases: aliases,
      releases: indices.sorted().map { ReleaseReference(releases[$0]) })
  }

  /// The value seen most often; on a tie, `preferred` if it is among the tied, else the first.
  static func mostCommon(_ values: [String], preferring preferred: String? = nil) -> String? {
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    guard let top = counts.values.max() else { return nil }
    let tied = values.filter { counts[$0] == top }
    if let preferred, tied.contains(preferred) { return preferred }
    return tied.first
  }

  /// The comparison key of a name (case, apostrophes and elided article folded).
  static func fold(_ name: String) -> String { OrganisationRegistry.fold(name) }
}
