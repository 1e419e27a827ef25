import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

/// The two sample releases, as a library read without an index.
let sampleLibrary = InMemoryLibrary(releases: [SampleReleases.seminar, SampleReleases.workshop])

/// A model over the two sample releases at a size, the first one loaded.
func sampleModel(width: Int, height: Int) -> Model {
  sampleLibrary.model(libraryPath: "Content", width: width, height: height)
}

/// The row of the grid that contains a text, if any.
func row(containing text: String, in grid: CellGrid) -> Int? {
  grid.lines.firstIndex { $0.contains(text) }
}

@Test func wideScreenShowsThreePanesAsDesigned() {
  let grid = Screen.render(sampleModel(width: 220, height: 40))
  let lines = grid.lines
  #expect(lines[0].hasPrefix("┌ Communiqués (2 · 2 non lus) ─"))
  #expect(lines[0].contains("┬ Un séminaire pour débattre des aboutissements de Prome"))
  #expect(lines[0].contains("┬ Fiche ─"))
  #expect(lines[1].hasPrefix("│▶• Un séminaire pour"))
  #expect(lines[2].hasPrefix("│ • L’OIM organise un"))
  #expect(lines[1].contains("│ Un séminaire pour débattre des aboutissements de Prometeo "))
  #expect(lines[2].contains("│ TRIPOLI · Lundi"))
  #expect(row(containing: "OIM  Organisation intern", in: grid) != nil)
  #expect(row(containing: "Carmela Godeau — Directrice", in: grid) != nil)
  let contact = row(containing: "Laurence Hart, OIM Tripoli", in: grid)
  #expect(contact != nil)
  #expect(lines[(contact ?? 0) + 1].contains("  +218 91 383 25 96"))
  #expect(lines[(contact ?? 0) + 2].contains("  lhart@iom.int"))
  #expect(lines[37].hasPrefix("├"))
  #expect(lines[38].hasPrefix("│ 1/2"))
  #expect(lines[38].hasSuffix("? aide  q quitter │"))
  #expect(lines[39].hasPrefix("└") && lines[39].hasSuffix("┘"))
}

@Test(arguments: [(120, 40), (80, 24), (40, 12)])
func readingPaneWrapsTheBodyInsideThePane(width: Int, height: Int) throws {
  var model = sampleModel(width: width, height: height)
  model.focus = .reading
  let grid = Screen.render(model)
  let pane = try #require(model.layout.rect(for: .reading))
  #expect(row(containing: "Lundi, l'OIM et la", in: grid) != nil)
  for y in 0..<grid.height {
    #expect(DisplayWidth.of(grid.text(ofRow: y)) == width)
  }
  #expect(grid[pane.maxX, pane.y].character == "│")
  let titleRows = (pane.y..<pane.maxY).filter { grid[pane.x + 1, $0].style == .title }
  #expect(!titleRows.isEmpty)
}

@Test(arguments: [(120, 40), (80, 24), (40, 12)])
func quotesAreDrawnWithTheQuoteRoleAndBold(width: Int, height: Int) throws {
  var model = sampleModel(width: width, height: height)
  model.focus = .reading
  let lines = model.document.lines(width: model.readingWrapWidth)
  let firstQuote = lines.firstIndex { line in
    model.document.blocks[line.block].contains { $0.style == .quote }
  }
  model.readingTop = try #require(firstQuote)
  let grid = Screen.render(model)
  let quoteCells = grid.cells.filter { $0.style.role == .quote }
  #expect(!quoteCells.isEmpty)
  #expect(quoteCells.allSatisfy { $0.style.bold })
  let opening = grid.cells.first { $0.character == "«" }
  #expect(opening?.style == .quote)
  #expect(grid.cells.contains { $0.character == "d" && $0.style == .plain })
  #expect(row(containing: "— Carmela Godeau", in: grid) != nil)
}

@Test func mediumScreenShowsListAndReadingThenTheSidePaneOnP() {
  var model = sampleModel(width: 120, height: 24)
  var grid = Screen.render(model)
  #expect(grid.lines[0].hasPrefix("┌ Communiqués (2 · 2 non lus) ─"))
  #expect(row(containing: "Laurence Hart", in: grid) == nil)
  model = update(model, .key(.character("p"))).0
  grid = Screen.render(model)
  #expect(row(containing: "Laurence Hart, OIM Tripoli", in: grid) != nil)
  #expect(row(containing: "+218 91 383 25 96", in: grid) != nil)
}

@Test func narrowScreenShowsOnePaneAtATime() {
  var model = sampleModel(width: 40, height: 12)
  var grid = Screen.render(model)
  #expect(grid.lines[0].hasPrefix("┌ Communiqués (2 · 2 non lus)"))
  #expect(grid.lines[0].hasSuffix("┐"))
  model = update(model, .key(.enter)).0
  grid = Screen.render(model)
  #expect(grid.lines[0].hasPrefix("┌ Un séminaire"))
  #expect(row(containing: "TRIPOLI · Lundi", in: grid) != nil)
  model = update(model, .key(.tab)).0
  grid = Screen.render(model)
  #expect(grid.lines[0].hasPrefix("┌ Fiche"))
  #expect(row(containing: "Partenaires", in: grid) != nil)
}

@Test func aWideListShowsEachReleasesPlace() {
  let lines = Screen.render(sampleModel(width: 90, height: 8)).lines
  #expect(lines[1].hasSuffix("  Tripoli│"))
  #expect(lines[2].hasPrefix("│ • L’OIM organise un atelier"))
  #expect(lines[2].hasSuffix("  Tripoli│"))
}

@Test func wideCharactersKeepEveryBorderInItsColumn() {
  for (width, height) in [(120, 40), (80, 24), (40, 12)] {
    var model = InMemoryLibrary(releases: [SampleReleases.wide, SampleReleases.seminar]).model(
      libraryPath: "Content", width: width, height: height, message: "漢字 🌍 message")
    model.sideChoice = true
    let grid = Screen.render(model)
    let layout = model.layout
    let borders = [0] + layout.panes.map { $0.content.maxX }
    for y in 1..<(height - 3) {
      for x in borders { #expect(grid[x, y].character == "│", "row \(y) column \(x)") }
    }
    for y in 0..<height { #expect(DisplayWidth.of(grid.text(ofRow: y)) == width) }
    #expect(grid.lines.contains { $0.contains("移民") })
  }
}

@Test func emptyLibraryExplainsWhereReleasesGo() {
  var model = Model(summaries: [], libraryPath: "/srv/communiques", width: 120, height: 40)
  model.focus = .reading
  let text = Screen.render(model).lines.joined(separator: "\n")
  #expect(text.contains("Communiqués (0)"))
  #expect(text.contains("Aucun communiqué"))
  #expect(text.contains("«\u{00A0}/srv/communiques\u{00A0}»"))
  #expect(text.contains(".txt"))
}

@Test func helpOverlayListsEveryBinding() {
  var model = sampleModel(width: 120, height: 40)
  model = sampleLibrary.update(model, .key(.character("?"))).0
  let text = Screen.render(model).lines.joined(separator: "\n")
  #expect(text.contains("Aide — touches"))
  for binding in KeyMap.standard.bindings {
    #expect(text.contains(binding.label + " "))
    #expect(text.contains(binding.help))
  }
}

@Test func searchMatchesAreDrawnInReverseVideo() {
  var model = sampleModel(width: 120, height: 40)
  for key in [Key.enter, .character("/")] + "migrants".map(Key.character) + [.enter] {
    model = sampleLibrary.update(model, .key(key)).0
  }
  let grid = Screen.render(model)
  let matched = grid.cells.filter { $0.style.reverse && $0.style.role == .match }
  #expect(matched.count >= "migrants".count)
  #expect(grid.lines[38].contains("/migrants  1/"))
}

@Test(arguments: [
  (1, 1), (2, 1), (1, 2), (3, 3), (10, 4), (19, 6), (20, 5), (20, 6), (59, 30), (60, 7),
  (119, 40), (120, 6), (200, 60),
])
func everySizeDrawsWithinTheScreen(width: Int, height: Int) {
  var model = sampleModel(width: width, height: height)
  for key: Key in [.enter, .tab, .character("?"), .escape, .character("p"), .character("G")] {
    model = sampleLibrary.update(model, .key(key)).0
    let grid = Screen.render(model)
    #expect(grid.width == width && grid.height == height)
  }
  model = update(model, .resize(width: 1, height: 1)).0
  #expect(Screen.render(model).cells.count == 1)
}

@Test(arguments: Array(stride(from: 1, through: 300, by: 23)))
func everySizeUpTo300By100DrawsExactlyTheScreen(width: Int) {
  for height in stride(from: 1, through: 100, by: 11) {
    var model = sampleModel(width: width, height: height)
    for key: Key in [.enter, .character("G"), .tab, .character("?")] {
      model = sampleLibrary.update(model, .key(key)).0
      let grid = Screen.render(model)
      #expect(grid.width == width && grid.height == height && grid.cells.count == width * height)
    }
  }
}
