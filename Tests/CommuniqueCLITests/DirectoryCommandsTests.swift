import CommuniqueTestSupport
import Foundation
import Testing

/// `communique contacts` and `communique partners` in each format, on `Content/`.
@Suite struct DirectoryCommandsTests {
  @Test func vcardGivesThreeCardsThatParseBack() throws {
    let output = try CommandRunner.run(["contacts", "--format", "vcard"])
    #expect(output.status == 0)
    let cards = try VCardParser.parse(output.stdout)
    #expect(cards.map { $0.value("FN") } == ["Laurence Hart", "Flavio Di Giacomo", "Maya Abu Ata"])
    #expect(cards[0].value("TEL") == "tel:+218913832596")
    #expect(cards[0].value("EMAIL") == "lhart@iom.int")
    #expect(cards[0].value("ORG") == "OIM Tripoli")
    #expect(cards[0].value("NOTE") == "Un séminaire pour débattre des aboutissements de Prometeo")
    #expect(cards[2].value("NOTE")?.hasPrefix("L’OIM organise un atelier") == true)
  }

  @Test func csvGivesAHeaderAndThreeRows() throws {
    let output = try CommandRunner.run(["contacts", "--format", "csv"])
    let records = try CSVParser.parse(output.stdout)
    #expect(records.count == 4)
    #expect(records.first == ["name", "office", "phones", "emails", "releases"])
    #expect(
      records[1].prefix(4) == [
        "Laurence Hart", "OIM Tripoli", "+218 91 383 25 96", "lhart@iom.int",
      ])
    #expect(records.allSatisfy { $0.count == 5 })
  }

  @Test(.enabled(if: Spawn.which("python3") != nil, "python3 absent"))
  func pythonsCSVModuleReadsTheSameRows() throws {
    let output = try CommandRunner.run(["contacts", "--format", "csv"])
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("communique-\(UUID().uuidString).csv")
    try Data(output.stdout.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = """
      import csv, sys
      rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
      print(len(rows), rows[0][0], rows[1][0], sep='|')
      """
    let result = Spawn.run(try #require(Spawn.which("python3")), ["-c", script, file.path])
    #expect(result.output == "4|name|Laurence Hart\n")
  }

  @Test func jsonHasTheREADMEFields() throws {
    let output = try CommandRunner.run(["contacts", "--format", "json"])
    let contacts = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    #expect(contacts.count == 3)
    for contact in contacts {
      #expect(Set(contact.keys).isSubset(of: ["name", "office", "phones", "emails", "releases"]))
      #expect(contact["name"] is String)
      #expect(contact["emails"] is [String])
      let phones = try #require(contact["phones"] as? [[String: Any]])
      #expect(phones.allSatisfy { Set($0.keys).isSubset(of: ["raw", "e164", "label"]) })
      let releases = try #require(contact["releases"] as? [[String: Any]])
      #expect(releases.allSatisfy { Set($0.keys) == ["id", "title"] })
    }
    let partners = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try CommandRunner.run(["partners", "--format", "json"]).stdout.utf8))
        as? [[String: Any]])
    for partner in partners {
      #expect(Set(partner.keys).isSubset(of: ["name", "acronym", "aliases", "count", "releases"]))
      #expect((partner["releases"] as? [Any])?.count == partner["count"] as? Int)
    }
  }

  @Test func partnersListOIMTwiceFirstWithoutDuplicates() throws {
    let lines = try CommandRunner.run(["partners"]).stdout.split(separator: "\n")
    #expect(lines.first == "2\tOIM — Organisation internationale pour les migrations")
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("1\t") })
    let names = lines.map { $0.split(separator: "\t").last.map(String.init) ?? "" }
    #expect(Set(names).count == names.count)
    let records = try CSVParser.parse(
      try CommandRunner.run(["partners", "--format", "csv"]).stdout)
    #expect(records.first == ["count", "acronym", "name", "aliases", "releases"])
    #expect(records[1].prefix(2) == ["2", "OIM"])
    #expect(Set(records.map { $0[2] }).count == records.count)
  }

  @Test func releaseRestrictsToOneRelease() throws {
    let id = try #require(
      try CommandRunner.run(["list"]).stdout.split(separator: "\n").last?.split(separator: "\t")
        .first)
    let contacts = try CommandRunner.run(["contacts", "--release", String(id.prefix(6))])
    let maya = "Maya Abu Ata, OIM Libye, +218 91 002 4839, mabuata@iom.int"
    #expect(contacts.stdout == "\(maya)\t\(id)\n")
    let partners = try CommandRunner.run(["partners", "--release", String(id)]).stdout
    #expect(partners.split(separator: "\n").allSatisfy { $0.hasPrefix("1\t") })
    let unknown = try CommandRunner.run(["partners", "--release", "zzzz"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("aucun communiqué «\u{00A0}zzzz\u{00A0}»"))
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let output = try CommandRunner.run(["partners", "--format", "vcard"])
    #expect(output.status == 64)
  }
}
