import CommuniqueCore
import Testing

/// Issue 15's library: 100 releases whose spokespeople have roles such as `Porte-parole (OCHA)`,
/// naming 19 bodies with distinct acronyms. The directory must give one partner per body.
@Suite struct SpokespeopleLibraryTests {
  /// The 19 bodies, `OIM` first (every release names it).
  static let bodies: [(acronym: String, name: String)] = [
    ("OIM", "Organisation internationale pour les migrations"),
    ("OCHA", "Bureau de la coordination des affaires humanitaires"),
    ("CICR", "Comité international de la Croix-Rouge"),
    ("UA", "Union africaine"),
    ("HCR", "Haut-Commissariat des Nations Unies pour les réfugiés"),
    ("UNICEF", "Fonds des Nations Unies pour l’enfance"),
    ("PAM", "Programme alimentaire mondial"),
    ("OMS", "Organisation mondiale de la santé"),
    ("UE", "Union européenne"),
    ("PNUD", "Programme des Nations Unies pour le développement"),
    ("UNFPA", "Fonds des Nations Unies pour la population"),
    ("OIT", "Organisation internationale du Travail"),
    ("FAO", "Organisation des Nations Unies pour l’alimentation et l’agriculture"),
    ("CEDEAO", "Communauté économique des États de l’Afrique de l’Ouest"),
    ("FICR", "Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge"),
    ("HCDH", "Haut-Commissariat des Nations Unies aux droits de l’homme"),
    ("ONUDC", "Office des Nations Unies contre la drogue et le crime"),
    ("IDC", "International Detention Coalition"),
    ("WICS", "World Islamic Call Society"),
  ]

  /// The bodies release `number` names besides the OIM: its spokesperson's and, for one
  /// release in two, a second one (indexes into `bodies`).
  static func others(of number: Int) -> [Int] {
    let spokesperson = 1 + number % 18
    let second = 1 + (number * 7 + 3) % 18
    return number % 2 == 0 && second != spokesperson ? [spokesperson, second] : [spokesperson]
  }

  /// Release `number` as the parser gives it once `Porte-parole (ACR)` is read as a person
  /// working for ACR.
  static func release(_ number: Int) -> Release {
    let spokesperson = bodies[1 + number % 18]
    return Release(
      id: "r\(number)", sourcePath: "r\(number).txt", title: "Communiqué \(number)",
      organisations: ([0] + others(of: number)).map {
        Organisation(name: bodies[$0].name, acronym: bodies[$0].acronym)
      },
      people: [Person(name: "Personne \(number)", role: "Porte-parole (\(spokesperson.acronym))")])
  }

  /// For each body's acronym, the releases naming it, written from the layout above.
  static func expectedReleases() -> [String: [String]] {
    var releases: [String: [String]] = [:]
    for number in 0..<100 {
      for body in [0] + others(of: number) {
        releases[bodies[body].acronym, default: []].append("r\(number)")
      }
    }
    return releases
  }

  /// Checks one partner per body, each with its name and the releases naming it.
  func expectOnePartnerPerBody(_ directory: LibraryDirectory) {
    let partners = directory.partners
    #expect(partners.count == 19)
    #expect(Set(partners.compactMap(\.acronym)) == Set(Self.bodies.map(\.acronym)))
    let expected = Self.expectedReleases()
    for body in Self.bodies {
      let found = partners.filter { $0.acronym == body.acronym }
      #expect(found.count == 1, "\(body.acronym)")
      #expect(found.first?.name == body.name)
      #expect(found.first?.releases.map(\.id) == expected[body.acronym])
    }
    #expect(partners.first?.acronym == "OIM")
    #expect(partners.first?.count == 100)
    #expect(
      partners.allSatisfy { !$0.aliases.contains("Porte-parole") && $0.name != "Porte-parole" })
  }

  @Test func aHundredReleasesGiveOnePartnerPerBody() {
    expectOnePartnerPerBody(LibraryDirectory(releases: (0..<100).map(Self.release)))
  }

  /// `r18`'s spokesperson speaks for the OCHA, `r19`'s for the CICR: the parser before issue
  /// 15 took their roles for an organisation named `Porte-parole`.
  @Test func aRoleTakenForAnOrganisationInTwoReleasesChainsNothing() {
    var releases = (0..<100).map(Self.release)
    releases[18].organisations.append(Organisation(name: "Porte-parole", acronym: "OCHA"))
    releases[19].organisations.append(Organisation(name: "Porte-parole", acronym: "CICR"))
    expectOnePartnerPerBody(LibraryDirectory(releases: releases))
  }

  @Test func aNameTiedToTwoAcronymsLeavesABareMentionOnItsOwn() {
    var releases = (0..<100).map(Self.release)
    releases[18].organisations.append(Organisation(name: "Porte-parole", acronym: "OCHA"))
    releases[19].organisations.append(Organisation(name: "Porte-parole", acronym: "CICR"))
    releases[5].organisations.append(Organisation(name: "Porte-parole", acronym: nil))
    let partners = LibraryDirectory(releases: releases).partners
    #expect(partners.count == 20)
    let bare = partners.filter { $0.acronym == nil }
    #expect(bare.map(\.name) == ["Porte-parole"])
    #expect(bare.first?.releases.map(\.id) == ["r5"])
  }

  @Test func aNameIsSettledOnTheAcronymMostReleasesPairItWith() {
    var releases = (0..<100).map(Self.release)
    for number in [0, 18, 36] {
      releases[number].organisations.append(Organisation(name: "Porte-parole", acronym: "OCHA"))
    }
    releases[19].organisations.append(Organisation(name: "Porte-parole", acronym: "CICR"))
    releases[8].organisations.append(Organisation(name: "Porte-parole", acronym: nil))
    let partners = LibraryDirectory(releases: releases).partners
    #expect(partners.count == 19)
    let ocha = partners.first { $0.acronym == "OCHA" }
    #expect(ocha?.name == "Bureau de la coordination des affaires humanitaires")
    #expect(ocha?.aliases == ["Porte-parole"])
    #expect(ocha?.releases.map(\.id).contains("r8") == true)
    let cicr = partners.first { $0.acronym == "CICR" }
    #expect(cicr?.aliases == [])
    #expect(cicr?.releases.map(\.id).contains("r8") == false)
  }

  @Test func aBareNameFollowsTheAcronymItsOwnReleasePairsItWith() {
    let releases = [
      Release(
        id: "a", sourcePath: "a", title: "A",
        organisations: [Organisation(name: "Coordination régionale", acronym: "CRA")]),
      Release(
        id: "b", sourcePath: "b", title: "B",
        organisations: [Organisation(name: "Coordination régionale", acronym: "CRA")]),
      Release(
        id: "c", sourcePath: "c", title: "C",
        organisations: [
          Organisation(name: "Coordination régionale", acronym: "CRB"),
          Organisation(name: "Bureau de Dakar", acronym: nil, aliases: ["Coordination régionale"]),
        ]),
    ]
    let partners = LibraryDirectory(releases: releases).partners
    #expect(partners.map(\.acronym) == ["CRA", "CRB"])
    #expect(partners[0].releases.map(\.id) == ["a", "b"])
    #expect(partners[1].releases.map(\.id) == ["c"])
  }
}
