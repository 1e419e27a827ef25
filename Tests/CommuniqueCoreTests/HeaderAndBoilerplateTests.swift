import CommuniqueCore
import Testing

@Suite struct HeaderAndBoilerplateTests {
  static func lines(_ text: String) -> [SourceLine] { SourceLine.split(text) }

  @Test func menuIsRecognisedByItsShape() {
    let text = """
      -
      Accueil
      Accueil
      Nos activités
      Nos activités
      Nos activitésNous aidons les migrants depuis longtemps.
      - Programmes
      - Publications
      - Contact
      Un titre court
      Dakar - Hier, l’OIM a lancé un programme.
      """
    let start = HeaderStripper.contentStart(of: Self.lines(text), knownBoilerplate: [])
    #expect(Self.lines(text)[start].text == "Un titre court")
  }

  @Test func communiqueHeaderIsSkipped() {
    let text = "Communiqué\nGlobal\n\nLe titre\n\nLe corps."
    let start = HeaderStripper.contentStart(of: Self.lines(text), knownBoilerplate: [])
    #expect(Self.lines(text)[start].text == "Le titre")
  }

  @Test func pageWithoutHeaderStartsAtItsTitle() {
    let text = "Le titre\nLe corps du texte, assez long pour ne pas être un intertitre du menu."
    #expect(HeaderStripper.contentStart(of: Self.lines(text), knownBoilerplate: []) == 0)
  }

  @Test func linesInMostFilesAreLearntButNotContactLines() {
    let documents = (1...4).map { number in
      "Menu du site\nVoir aussi\nTitre \(number)\nCorps \(number).\nPour plus "
        + "d’informations, veuillez contacter :\nou\nE-mail :\nPartager sur le réseau"
    }
    let learnt = BoilerplateLearner.frequentLines(in: documents)
    #expect(learnt == ["Menu du site", "Voir aussi", "Partager sur le réseau"])
    #expect(BoilerplateLearner.frequentLines(in: Array(documents.prefix(2))).isEmpty)
  }

  @Test func learntLinesAreSkippedBeforeTheTitleAndAfterTheContacts() {
    let text = "Menu du site\nVoir aussi\nLe vrai titre\nLe corps.\nPartager sur le réseau"
    let release = ReleaseParser.parse(
      bytes: Array(text.utf8), sourcePath: "x",
      knownBoilerplate: ["Menu du site", "Voir aussi", "Partager sur le réseau"])
    #expect(release.title == "Le vrai titre")
    #expect(release.paragraphs.map(\.text) == ["Le corps."])
  }
}
