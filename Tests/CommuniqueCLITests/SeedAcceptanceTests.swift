import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Testing

/// The two real sample releases, through `communique parse --json` as a script would use it.
@Suite struct SeedAcceptanceTests {
  static func parsed(_ name: String) throws -> Release {
    let output = try CommandRunner.run(["parse", "--json", "Content/\(name)"])
    #expect(output.status == 0, "stderr: \(output.stderr)")
    return try JSONDecoder().decode(Release.self, from: Data(output.stdout.utf8))
  }

  static func allText(_ release: Release) -> [String] {
    [release.title, release.subtitle ?? ""] + release.paragraphs.map(\.text)
      + release.quotes.map(\.text) + release.organisations.map(\.name)
      + release.people.flatMap { [$0.name, $0.role ?? ""] }
      + release.contacts.flatMap { [$0.name, $0.office ?? ""] + $0.emails + $0.phones.map(\.raw) }
  }

  static func hasOrganisation(_ release: Release, _ name: String, acronym: String? = nil) -> Bool {
    func fold(_ text: String) -> String {
      text.lowercased().replacingOccurrences(of: "’", with: "'")
    }
    return release.organisations.contains { organisation in
      let names = ([organisation.name] + organisation.aliases).map(fold)
      return names.contains(fold(name)) && (acronym == nil || organisation.acronym == acronym)
    }
  }

  @Test func prometeoSeed() throws {
    let release = try Self.parsed("000_269d928ce5d6a93b.txt")
    #expect(release.title == "Un séminaire pour débattre des aboutissements de Prometeo")
    #expect(release.dateline == nil)
    #expect(release.paragraphs.count == 8)
    #expect(release.paragraphs.first?.text.hasPrefix("Lundi, l'OIM") == true)
    #expect(release.paragraphs.last?.text.hasSuffix("fait-elle remarquer.") == true)
    for paragraph in release.paragraphs {
      #expect(!paragraph.text.contains("\n"))
      for menu in ["Qui sommes nous", "2030 AGENDA", "Structure organisationnelle", "Agir"] {
        #expect(!paragraph.text.contains(menu))
      }
    }
    #expect(release.quotes.count == 2)
    for quote in release.quotes {
      #expect(quote.speaker == "Carmela Godeau")
      #expect(quote.role == "Directrice générale adjointe de l'OIM pour la région méditerranée")
    }
    #expect(
      release.organisations.first { $0.acronym == "OIM" }?.name
        == "Organisation internationale pour les migrations")
    #expect(Self.hasOrganisation(release, "World Islamic Call Society", acronym: "WICS"))
    #expect(Self.hasOrganisation(release, "Ministère italien des Affaires étrangères"))
    #expect(Self.hasOrganisation(release, "gouvernement libyen"))
    #expect(
      Self.hasOrganisation(
        release, "Organisation Internationale pour la Paix, l'Aide et le Secours", acronym: "IOPCR")
    )
    #expect(Self.hasOrganisation(release, "Al-Wafa"))
    #expect(release.organisations.contains { $0.acronym == "HCR" })
    let forbidden = [
      "Tripoli", "Rome", "Lundi", "Tél", "E-mail", "Carmela Godeau", "Laurence Hart",
      "Libye", "Maroc", "Prometeo",
    ]
    for organisation in release.organisations {
      #expect(!forbidden.contains(organisation.name), "\(organisation.name)")
      #expect(!forbidden.contains(organisation.acronym ?? ""), "\(organisation.name)")
    }
    #expect(
      release.contacts == [
        Contact(
          name: "Laurence Hart", office: "OIM Tripoli",
          phones: [Phone(raw: "+ 218 91 383 25 96", e164: "+218913832596", label: "tel")],
          emails: ["lhart@iom.int"]),
        Contact(
          name: "Flavio Di Giacomo", office: "OIM Rome",
          phones: [Phone(raw: "+ 39 06 44 186 207", e164: "+390644186207", label: "tel")],
          emails: ["fdigiacomo@iom.int"]),
      ])
    for text in Self.allText(release) {
      #expect(!text.contains("mailto:"))
      #expect(!text.contains("\">"))
    }
  }

  @Test func detentionSeed() throws {
    let release = try Self.parsed("001_23d4a6d882691ca0.txt")
    #expect(
      release.title == "L’OIM organise un atelier sur les alternatives à la détention en Libye")
    #expect(release.dateline?.place == "Tripoli")
    #expect(release.dateline?.when == "La semaine dernière")
    #expect(release.paragraphs.count == 10)
    #expect(release.quotes.map(\.speaker) == ["Mabrouka al-Ouzoumi", "Insaf Mounadi"])
    #expect(
      release.quotes.first?.role
        == "responsable du Département du bien-être des femmes "
        + "au sein du Ministère des affaires sociales")
    #expect(
      Self.hasOrganisation(
        release, "Organisation internationale pour les migrations", acronym: "OIM"))
    #expect(Self.hasOrganisation(release, "International Detention Coalition", acronym: "IDC"))
    #expect(
      Self.hasOrganisation(release, "Coalition internationale sur la détention", acronym: "IDC"))
    for name in [
      "Ministère des affaires sociales", "Ministère de l’intérieur", "garde-côtes libyens",
      "Département du bien-être des femmes",
      "Département britannique pour le développement international",
    ] {
      #expect(Self.hasOrganisation(release, name), "\(name)")
    }
    #expect(
      release.contacts == [
        Contact(
          name: "Maya Abu Ata", office: "OIM Libye",
          phones: [Phone(raw: "+218 91 002 4839", e164: "+218910024839", label: "tel")],
          emails: ["mabuata@iom.int"])
      ])
  }
}
