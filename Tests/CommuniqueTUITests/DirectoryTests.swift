import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

/// The library-wide directory in the reader: keys (update) and the screen (view grids).
@Suite struct DirectoryTests {
  @Test func pOpensThePartnersMostCitedFirstAndEscapeCloses() throws {
    let model = press([.character("P")], on: sampleModel(width: 120, height: 40)).0
    let state = try #require(model.directoryView)
    #expect(state.kind == .partners)
    #expect(state.directory.partners.map(\.acronym) == ["OIM", "HCR", "IDC", "WICS"])
    #expect(press([.escape], on: model).0.directoryView == nil)
    #expect(press([.character("h")], on: model).0.directoryView == nil)
  }

  @Test func enterListsAPartnersReleasesAndEnterAgainOpensOne() {
    var model = press([.character("P"), .enter], on: sampleModel(width: 120, height: 40)).0
    #expect(model.directoryView?.opened == 0)
    #expect(model.directoryView?.rowCount == 2)
    model = press([.character("j"), .enter], on: model).0
    #expect(model.directoryView == nil)
    #expect(model.currentRelease == SampleReleases.workshop)
    #expect(model.focus == .reading)
  }

  @Test func escapeFromAPartnersReleasesGoesBackToThatPartner() {
    let model = press(
      [.character("P"), .character("j"), .character("j"), .enter, .escape],
      on: sampleModel(width: 120, height: 40)
    ).0
    #expect(model.directoryView?.opened == nil)
    #expect(model.directoryView?.selected == 2)
  }

  @Test func cListsContactsAndYCopiesTheContactOrItsVCard() throws {
    let model = press([.character("c")], on: sampleModel(width: 120, height: 40)).0
    #expect(model.directoryView?.kind == .contacts)
    let line = "Laurence Hart, OIM Tripoli, +218 91 383 25 96, lhart@iom.int"
    #expect(press([.character("y")], on: model).1 == [.copy(text: line, summary: line)])
    guard case .copy(let text, _) = press([.character("Y")], on: model).1.first else {
      Issue.record("Y n’a rien copié")
      return
    }
    let card = try #require(try VCardParser.parse(text).first)
    #expect(card.value("FN") == "Laurence Hart")
    #expect(card.value("NOTE") == SampleReleases.seminar.fullTitle)
    let partners = press([.character("P"), .character("Y")], on: model).0
    #expect(partners.message?.hasPrefix("Y copie une fiche de contact") == true)
  }

  @Test func movingStaysInsideTheListAndPanesIgnoreTheirKeys() {
    let model = press(
      [.character("P"), .character("G"), .character("j"), .tab, .character("/")],
      on: sampleModel(width: 120, height: 40)
    ).0
    #expect(model.directoryView?.selected == 3)
    #expect(model.search == nil)
    #expect(model.focus == .list)
  }

  @Test func thePartnersDirectoryDrawsCountAcronymAndName() {
    let model = press([.character("P")], on: sampleModel(width: 80, height: 12)).0
    let lines = Screen.render(model).lines
    #expect(lines[0].hasPrefix("┌ Partenaires de tous les communiqués (4) ─"))
    #expect(lines[1].hasPrefix("│▶  2  OIM   Organisation internationale pour les migrations"))
    #expect(lines[2].hasPrefix("│   1  HCR   Haut-Commissariat des Nations Unies pour les réf"))
    #expect(lines[4].hasPrefix("│   1  WICS  World Islamic Call Society"))
    #expect(lines[10].hasPrefix("│ 1/4"))
    #expect(lines[10].contains("Entrée ouvrir  Échap retour"))
    #expect(lines.allSatisfy { DisplayWidth.of($0) == 80 })
  }

  @Test func aPartnersReleasesAreListedUnderItsName() {
    let model = press([.character("P"), .enter], on: sampleModel(width: 80, height: 12)).0
    let lines = Screen.render(model).lines
    #expect(lines[0].hasPrefix("┌ OIM — Organisation internationale pour les migrations · 2 com"))
    #expect(lines[1].hasPrefix("│▶ Un séminaire pour débattre des aboutissements de Prometeo"))
    #expect(lines[2].hasPrefix("│  L’OIM organise un atelier sur les alternatives"))
  }

  @Test func theContactsDirectoryShowsEachContactOnOneLineWithItsReleaseCount() {
    let model = press([.character("c")], on: sampleModel(width: 100, height: 10)).0
    let lines = Screen.render(model).lines
    #expect(lines[0].hasPrefix("┌ Contacts de tous les communiqués ("))
    #expect(lines[1].hasPrefix("│▶ Laurence Hart, OIM Tripoli, +218 91 383 25 96, lhart@iom.int"))
    #expect(lines[1].hasSuffix("  1 communiqué │"))
  }

  @Test(arguments: [(1, 1), (10, 3), (30, 6), (200, 60)])
  func theDirectoryFitsAnyScreen(width: Int, height: Int) {
    let model = press([.character("c")], on: sampleModel(width: width, height: height)).0
    let grid = Screen.render(model)
    #expect(grid.lines.count == height)
    #expect((0..<height).allSatisfy { DisplayWidth.of(grid.text(ofRow: $0)) == width })
  }

  @Test func helpListsTheDirectoryAndVCardKeys() {
    let rows = HelpOverlay(keyMap: .standard).rows
    for label in ["Y ", "c ", "P "] {
      #expect(rows.contains { $0.hasPrefix(label) }, "\(label) absent de l’aide")
    }
  }
}

extension DirectoryTests {
  @Test func controlCharactersFromTheFilesNeverReachTheScreen() {
    let library = InMemoryLibrary(releases: [SampleReleases.hostile])
    var model = library.model(libraryPath: "x", width: 80, height: 12)
    model = press([.character("c"), .enter], on: model, in: library).0
    let grid = Screen.render(model)
    #expect(grid.text(ofRow: 0).contains("Piège ␛[5m · 1 communiqué"))
    for row in 0..<grid.height {
      #expect(!grid.text(ofRow: row).unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{85}" })
    }
  }
}
