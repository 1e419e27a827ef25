import CommuniqueTestSupport
import Foundation
import Testing

/// The subcommands on `Content/`, as a script or a person would call them.
@Suite struct CommandsTests {
  @Test func listGivesIdTitleAndPlace() throws {
    let output = try CommandRunner.run(["list"])
    #expect(output.status == 0)
    let rows = output.stdout.split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false)
    }
    #expect(rows.count == 2)
    #expect(rows.allSatisfy { $0.count == 3 && $0[0].count == 16 })
    #expect(
      rows.map { String($0[1]) } == [
        "Un séminaire pour débattre des aboutissements de Prometeo",
        "L’OIM organise un atelier sur les alternatives à la détention en Libye",
      ])
    #expect(rows.map { String($0[2]) } == ["", "Tripoli"])
  }

  @Test func libraryComesFromArgumentOptionOrEnvironment() throws {
    let elsewhere = FileManager.default.temporaryDirectory
    let byOption = try CommandRunner.run(
      ["list", "--library", Fixtures.content.path], in: elsewhere)
    let byEnvironment = try CommandRunner.run(
      ["list"], in: elsewhere, environment: ["COMMUNIQUE_LIBRARY": Fixtures.content.path])
    let byArgument = try CommandRunner.run(["list", Fixtures.content.path], in: elsewhere)
    #expect(byOption.stdout.split(separator: "\n").count == 2)
    #expect(byEnvironment.stdout == byOption.stdout)
    #expect(byArgument.stdout == byOption.stdout)
  }

  @Test func showWrapsToTheWidthAndListsTheSidePaneData() throws {
    let output = try CommandRunner.run([
      "show", "Content/001_23d4a6d882691ca0.txt", "--width", "40",
    ])
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { $0.count <= 40 })
    #expect(lines.first == "L’OIM organise un atelier sur les")
    #expect(lines.contains("TRIPOLI · La semaine dernière"))
    #expect(lines.contains("    — Mabrouka al-Ouzoumi"))
    for heading in ["Partenaires", "Personnes", "Contacts"] {
      #expect(lines.contains(Substring(heading)))
    }
    #expect(lines.contains("  Maya Abu Ata, OIM Libye, +218 91 002"))
    #expect(lines.contains("    4839, mabuata@iom.int"))
    #expect(!output.stdout.contains("\u{1B}"))
  }

  @Test func showFindsAReleaseByIdPrefix() throws {
    let id = try #require(
      try CommandRunner.run(["list"]).stdout.split(separator: "\n").last?.split(separator: "\t")
        .first)
    let output = try CommandRunner.run(["show", String(id.prefix(6))])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("L’OIM organise un atelier"))
    let unknown = try CommandRunner.run(["show", "zzzz"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("aucun communiqué «\u{00A0}zzzz\u{00A0}»"))
  }

  @Test func contactsAndPartnersAcrossTheLibrary() throws {
    let contacts = try CommandRunner.run(["contacts"]).stdout.split(separator: "\n")
    #expect(contacts.count == 3)
    #expect(
      contacts.first?.hasPrefix("Laurence Hart, OIM Tripoli, +218 91 383 25 96, lhart@iom.int\t")
        == true)
    let partners = try CommandRunner.run(["partners"]).stdout.split(separator: "\n")
    #expect(partners.first == "2\tOIM — Organisation internationale pour les migrations")
    #expect(Set(partners).count == partners.count)
  }

  @Test(arguments: ["list", "show", "parse", "contacts", "partners", "browse"])
  func helpIsInFrench(subcommand: String) throws {
    let output = try CommandRunner.run([subcommand, "--help"])
    #expect(output.status == 0)
    let overview = try #require(output.stdout.split(separator: "\n").first)
    #expect(overview.hasPrefix("OVERVIEW: "))
    #expect(
      ["Liste", "Affiche", "Analyse", "Ouvre"].contains { overview.dropFirst(10).hasPrefix($0) })
  }
}
