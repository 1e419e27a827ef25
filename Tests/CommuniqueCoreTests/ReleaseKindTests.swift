import CommuniqueCore
import Testing

@Suite struct ReleaseKindTests {
  static func parse(_ text: String) -> Release {
    ReleaseParser.parse(bytes: Array(text.utf8), sourcePath: "test")
  }

  @Test func speechLineMakesASpeech() {
    let release = Self.parse(
      "Journée des migrants\nAllocution de Jeanne Martin, Directrice générale de l’OIM\n"
        + "Mesdames et messieurs, merci."
    )
    #expect(release.kind == .speech)
    #expect(release.speakerLine == "Allocution de Jeanne Martin, Directrice générale de l’OIM")
    #expect(
      release.people.first == Person(name: "Jeanne Martin", role: "Directrice générale de l’OIM"))
    #expect(release.paragraphs.map(\.text) == ["Mesdames et messieurs, merci."])
  }

  @Test func bylineKeepsAStoryANewsRelease() {
    let release = Self.parse(
      "Un nouveau départ à Lyon\nPar Claire Martin\nLyon - Hier, la famille a emménagé.")
    #expect(release.kind == .news)
    #expect(release.dateline?.place == "Lyon")
    #expect(release.paragraphs.map(\.text) == ["Hier, la famille a emménagé."])
  }

  @Test func overlongFirstLineIsAParagraphNotATitle() {
    let line = String(repeating: "Une phrase du corps du texte sans titre. ", count: 10)
    let release = Self.parse(line + "\nSuite.")
    #expect(release.title.hasSuffix("…"))
    #expect(release.title.count <= 121)
    #expect(release.paragraphs.first?.text == line.trimmingCharacters(in: [" "]))
    #expect(release.warnings.contains { $0.message.hasPrefix("pas de titre") })
  }
}
