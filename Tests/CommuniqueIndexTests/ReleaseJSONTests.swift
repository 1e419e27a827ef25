import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueIndex

/// The cache's hand-written JSON reads back, through `JSONDecoder`, as the release it was
/// written from: every field, nil or not, and text with quotes, backslashes, control
/// characters and characters beyond the BMP.
@Suite struct ReleaseJSONTests {
  @Test(arguments: [SampleReleases.seminar, SampleReleases.workshop, SampleReleases.wide])
  func aSampleReadsBackAsItself(_ release: Release) throws {
    #expect(try decoded(release) == release)
  }

  @Test func everyOptionalFieldAndEveryEscapeReadsBack() throws {
    let text = "« \"guillemets\" » \\ barre\n\ttab \u{1}\u{1F}\u{7F} \u{1B}[2J 🌍 e\u{301} /"
    let release = Release(
      id: "abc", sourcePath: "/dossier/a \"b\".txt", kind: .speech, title: text,
      subtitle: "Sous-titre",
      dateline: Dateline(place: "Genève", when: "Lundi", note: "n", raw: text),
      speakerLine: "Déclaration",
      paragraphs: [SampleReleases.paragraph(text), Paragraph(text: "")],
      quotes: [
        Quote(text: text, speaker: "A", role: "B", paragraph: 0, paragraphEnd: 1),
        Quote(text: "", speaker: nil, role: nil, paragraph: 1, paragraphEnd: 1),
      ],
      organisations: [
        Organisation(name: "OIM", acronym: "IOM", aliases: ["x", text], mentions: 3),
        Organisation(name: "HCR", acronym: nil, aliases: [], mentions: 1),
      ],
      people: [Person(name: "A", role: text), Person(name: "B", role: nil)],
      contacts: [
        Contact(
          name: "C", office: "Dakar",
          phones: [
            Phone(raw: "+221 1", e164: "+2211", label: "portable"),
            Phone(raw: "2", e164: nil, label: nil),
          ],
          emails: ["c@iom.int", text]),
        Contact(name: "D", office: nil, phones: [], emails: []),
      ],
      warnings: [ParseWarning(line: 3, message: text), ParseWarning(line: nil, message: "m")])
    #expect(try decoded(release) == release)
    #expect(
      try decoded(Release(id: "", sourcePath: "", title: ""))
        == Release(
          id: "", sourcePath: "", title: ""))
  }

  @Test(arguments: [0, 7, 10, 99, 100, 12_345, -1, -10, -987, Int.max, Int.min])
  func integersReadBackAsThemselves(_ value: Int) throws {
    let release = Release(
      id: "i", sourcePath: "p", title: "t",
      quotes: [Quote(text: "q", speaker: nil, role: nil, paragraph: value, paragraphEnd: value)],
      warnings: [ParseWarning(line: value, message: "m")])
    #expect(try decoded(release) == release)
    let json = String(decoding: ReleaseJSON.encode(release), as: UTF8.self)
    #expect(json.contains("\"paragraph\":\(value),"))
  }

  @Test func everyFixtureReadsBackAsItsParse() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(names.count > 30)
    for name in names {
      let release = ReleaseParser.parse(bytes: try Fixtures.bytes(name), sourcePath: name)
      #expect(try decoded(release) == release, "\(name)")
    }
  }

  private func decoded(_ release: Release) throws -> Release {
    try JSONDecoder().decode(Release.self, from: ReleaseJSON.encode(release))
  }
}
