import CommuniqueCore
import CommuniqueTestSupport
import Testing

/// Random libraries (fixed seed) whose releases pair names with acronyms every which way:
/// however releases are added, two acronyms that the gazetteer does not make one body never
/// end up in one partner.
@Suite struct DirectoryPropertyTests {
  /// Acronyms, each spelling with the body it stands for (the gazetteer's equivalences).
  static let bodies: [String: String] = [
    "HCR": "HCR", "UNHCR": "HCR", "OIM": "OIM", "IOM": "OIM", "OCHA": "OCHA", "BCAH": "OCHA",
    "CICR": "CICR", "ICRC": "CICR", "UA": "UA", "AU": "UA", "IDC": "IDC", "RVA": "RVA",
    "WICS": "WICS",
  ]
  static let spellings = bodies.keys.sorted()

  /// Names shared by strangers (roles), names of known bodies, and names of no known body.
  static let names = [
    "Porte-parole", "Chef de mission", "Coordinatrice", "Union africaine",
    "Comité international de la Croix-Rouge", "International Detention Coalition",
    "Réseau des villes accueillantes", "Bureau de la coordination des affaires humanitaires",
    "Agence des Nations Unies pour les réfugiés", "World Islamic Call Society",
    "Organisation internationale pour les migrations", "Directeur régional",
  ]

  /// A random organisation: a name, most often an acronym, sometimes another name.
  static func organisation(_ random: inout SplitMix) -> Organisation {
    let name = names[random.below(names.count)]
    let acronym = random.below(10) < 7 ? spellings[random.below(spellings.count)] : nil
    let aliases = random.below(4) == 0 ? [names[random.below(names.count)]] : []
    return Organisation(name: name, acronym: acronym, aliases: aliases.filter { $0 != name })
  }

  @Test func addingReleasesNeverMergesTwoAcronyms() {
    var random = SplitMix(state: 15)
    for library in 0..<300 {
      var builder = LibraryDirectory.Builder()
      var added: [(id: String, organisations: [Organisation])] = []
      for number in 0..<(1 + random.below(25)) {
        let id = "\(library)-\(number)"
        let organisations = (0...random.below(4)).map { _ in Self.organisation(&random) }
        builder.add(
          ReleaseMentions(
            reference: ReleaseReference(id: id, title: id), organisations: organisations,
            contacts: []))
        added.append((id, organisations))
        let partners = builder.build().partners
        let trace = "bibliothèque \(library), communiqué \(number)"
        for partner in partners {
          let body = partner.acronym.flatMap { Self.bodies[$0] }
          #expect(partner.acronym == nil || body == partner.acronym, "\(trace) : \(partner)")
          let others = partner.aliases.compactMap { Self.bodies[$0] }.filter { $0 != body }
          #expect(others.isEmpty, "\(trace) : \(partner)")
        }
        let acronyms = partners.compactMap(\.acronym)
        #expect(acronyms.count == Set(acronyms).count, "\(trace) : \(acronyms)")
        let seen = Set(
          added.flatMap { $0.organisations.compactMap(\.acronym) }.compactMap { Self.bodies[$0] })
        #expect(seen.isSubset(of: Set(acronyms)), "\(trace)")
        for release in added {
          for acronym in release.organisations.compactMap(\.acronym) {
            let partner = partners.first { $0.acronym == Self.bodies[acronym] }
            #expect(partner?.releases.contains { $0.id == release.id } == true, "\(trace)")
          }
        }
      }
    }
  }
}
