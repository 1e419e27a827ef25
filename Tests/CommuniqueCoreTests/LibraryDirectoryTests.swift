import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Testing

/// The library-wide directory: partners merged and counted, contacts deduplicated.
@Suite struct LibraryDirectoryTests {
  /// The three releases of `Tests/Fixtures/directory/`, parsed, in file order.
  static func fixtures() throws -> [Release] {
    let folder = Fixtures.folder.appendingPathComponent("directory")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted().map { name in
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        return ReleaseParser.parse(bytes: bytes, sourcePath: name)
      }
  }

  @Test func theHCRUnderThreeSpellingsIsOnePartnerInThreeReleases() throws {
    let releases = try Self.fixtures()
    let directory = LibraryDirectory(releases: releases)
    let hcr = directory.partners.filter { $0.acronym == "HCR" }
    #expect(hcr.count == 1)
    #expect(hcr.first?.count == 3)
    #expect(hcr.first?.name == "Haut-Commissariat des Nations Unies pour les réfugiés")
    #expect(hcr.first?.releases.map(\.id) == releases.map(\.id))
    #expect(!directory.partners.contains { $0.name.hasPrefix("Agence des Nations") })
  }

  @Test func acronymPairsMadeByTheTextsMergeFrenchAndEnglishNames() throws {
    let directory = LibraryDirectory(releases: try Self.fixtures())
    let idc = directory.partners.filter { $0.acronym == "IDC" }
    #expect(idc.count == 1)
    #expect(idc.first?.count == 3)
    #expect(idc.first?.name == "Coalition internationale sur la détention")
    #expect(idc.first?.aliases == ["International Detention Coalition"])
  }

  @Test func partnersAreSortedByCountThenNameWithoutDuplicates() throws {
    let partners = LibraryDirectory(releases: try Self.fixtures()).partners
    #expect(partners.map(\.acronym) == ["IDC", "HCR", "OIM"])
    #expect(partners.allSatisfy { $0.count == 3 })
  }

  @Test func aNameWithoutAcronymJoinsTheBodyAnotherReleasePairsItWith() {
    let releases = [
      Release(
        id: "a", sourcePath: "a", title: "A",
        organisations: [Organisation(name: "Réseau des villes accueillantes", acronym: nil)]),
      Release(
        id: "b", sourcePath: "b", title: "B",
        organisations: [Organisation(name: "Réseau des villes accueillantes", acronym: "RVA")]),
      Release(
        id: "c", sourcePath: "c", title: "C",
        organisations: [
          Organisation(name: "Welcoming Cities Network", acronym: "RVA"),
          Organisation(name: "Programme alimentaire mondial", acronym: "PAM"),
        ]),
      Release(
        id: "d", sourcePath: "d", title: "D",
        organisations: [Organisation(name: "World Food Programme", acronym: nil)]),
    ]
    let partners = LibraryDirectory(releases: releases).partners
    #expect(partners.count == 2)
    #expect(partners[0].name == "Réseau des villes accueillantes")
    #expect(partners[0].acronym == "RVA")
    #expect(partners[0].releases.map(\.id) == ["a", "b", "c"])
    #expect(partners[1].acronym == "PAM")
    #expect(partners[1].releases.map(\.id) == ["c", "d"])
  }

  @Test func aMentionNamedByAnAcronymAloneJoinsThatBody() {
    let releases = [
      Release(
        id: "a", sourcePath: "a", title: "A",
        organisations: [
          Organisation(
            name: "Agence suédoise de coopération internationale au développement",
            acronym: "ASDI")
        ]),
      Release(
        id: "b", sourcePath: "b", title: "B",
        organisations: [
          Organisation(name: "ASDI", acronym: nil), Organisation(name: "HCR", acronym: nil),
        ]),
    ]
    let partners = LibraryDirectory(releases: releases).partners
    #expect(partners.map(\.acronym) == ["ASDI", "HCR"])
    #expect(partners[0].releases.map(\.id) == ["a", "b"])
    #expect(partners[0].aliases == [])
    #expect(partners[1].name == "Haut-Commissariat des Nations Unies pour les réfugiés")
  }

  @Test func contactsMergeByEmailThenByPhoneUnderTheSameName() throws {
    let releases = try Self.fixtures()
    let contacts = LibraryDirectory(releases: releases).contacts
    #expect(contacts.map(\.name) == ["Laurence Hart", "Maya Abu Ata", "Hana Ali"])
    let hart = contacts[0]
    #expect(hart.office == "OIM Libye")
    #expect(hart.emails == ["lhart@iom.int"])
    #expect(hart.phones.count == 1)
    #expect(hart.releases.map(\.id) == Array(releases.prefix(2).map(\.id)))
    #expect(contacts[1].releases.map(\.title) == [releases[2].fullTitle])
  }

  @Test func aContactWithoutEmailJoinsTheOneWithTheSamePhoneAndName() {
    let phone = Phone(raw: "+218 91 002 4839", e164: "+218910024839")
    let releases = [
      Release(
        id: "a", sourcePath: "a", title: "A",
        contacts: [
          Contact(name: "Maya Abu Ata", office: "OIM Libye", phones: [phone], emails: ["m@iom.int"])
        ]),
      Release(
        id: "b", sourcePath: "b", title: "B",
        contacts: [Contact(name: "Maya Abu Ata", office: "OIM Tripoli", phones: [phone])]),
    ]
    let contacts = LibraryDirectory(releases: releases).contacts
    #expect(contacts.count == 1)
    #expect(contacts.first?.office == "OIM Tripoli")
    #expect(contacts.first?.emails == ["m@iom.int"])
    #expect(contacts.first?.releases.map(\.id) == ["a", "b"])
  }

  @Test func theSampleLibraryHasOIMTwiceFirstAndThreeContacts() throws {
    let releases = try ["000_269d928ce5d6a93b.txt", "001_23d4a6d882691ca0.txt"].map { name in
      let bytes = [UInt8](try Data(contentsOf: Fixtures.content.appendingPathComponent(name)))
      return ReleaseParser.parse(bytes: bytes, sourcePath: name)
    }
    let directory = LibraryDirectory(releases: releases)
    #expect(directory.partners.first?.acronym == "OIM")
    #expect(directory.partners.first?.count == 2)
    #expect(directory.partners.dropFirst().allSatisfy { $0.count == 1 })
    #expect(
      directory.contacts.map(\.name) == ["Laurence Hart", "Flavio Di Giacomo", "Maya Abu Ata"])
  }
}
