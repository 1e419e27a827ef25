import CommuniqueCore
import CommuniqueTUI
import Testing

private let sixty = String(repeating: "Le titre est long ", count: 4).prefix(57) + " 60"

private func model(width: Int, height: Int = 40) -> Model {
  let summaries = [
    ReleaseSummary(id: "a", title: String(sixty), place: "Tripoli"),
    ReleaseSummary(id: "b", title: "Court", place: "Niamey"),
  ]
  let model = Model(summaries: summaries, libraryPath: "C", width: width, height: height)
  return update(model, .resize(width: width, height: height)).0
}

@Test(arguments: [80, 100, 120, 160, 220])
func theReadingColumnKeepsAComfortableMeasure(width: Int) {
  let reading = update(model(width: width), .key(.enter)).0
  #expect(reading.readingWrapWidth <= Model.measure)
  #expect(reading.readingWrapWidth >= 70)
}

@Test(arguments: [100, 120, 160, 220])
func aSixtyCharacterTitleShowsInFullWhileTheListHasTheFocus(width: Int) {
  #expect(sixty.count == 60)
  let grid = Screen.render(model(width: width))
  #expect(grid.lines.contains { $0.contains(sixty) }, "\(grid.lines.joined(separator: "\n"))")
}

@Test func theSpareWidthGoesToTheListAndThePlaceShowsWhereThereIsRoom() {
  let wide = model(width: 220)
  #expect(wide.layout.panes.map(\.pane) == [.list, .reading, .side])
  let list = wide.layout.rect(for: .list)?.width ?? 0
  #expect(list > 90)
  let reading = update(wide, .key(.tab)).0
  #expect(reading.layout.rect(for: .list)?.width == list)
  let grid = Screen.render(wide)
  #expect(grid.lines.contains { $0.contains("Court") && $0.contains("Niamey") })
  #expect(grid.lines.contains { $0.contains(sixty) && $0.contains("Tripoli") })
}

@Test func theThresholdsAreOnePaneTwoPanesThreePanes() {
  #expect(model(width: 99).layout.panes.map(\.pane) == [.list])
  #expect(model(width: 100).layout.panes.map(\.pane) == [.list, .reading])
  #expect(model(width: 149).layout.panes.map(\.pane) == [.list, .reading])
  #expect(model(width: 150).layout.panes.map(\.pane) == [.list, .reading, .side])
  let narrow = update(model(width: 80), .key(.enter)).0
  #expect(narrow.layout.panes.map(\.pane) == [.reading])
  #expect(update(narrow, .key(.character("h"))).0.layout.panes.map(\.pane) == [.list])
}

@Test func zGivesTheFocusedPaneTheWholeScreenAndBack() {
  let start = update(model(width: 160), .key(.tab)).0
  let zoomed = update(start, .key(.character("z"))).0
  #expect(zoomed.layout.panes.map(\.pane) == [.reading])
  #expect(zoomed.layout.rect(for: .reading)?.width == 158)
  #expect(zoomed.readingWrapWidth == Model.measure)
  #expect(StatusLine(model: zoomed).hints.contains("z revenir"))
  #expect(update(zoomed, .key(.tab)).0.layout.panes.map(\.pane) == [.side])
  #expect(update(zoomed, .key(.character("z"))).0.layout.panes.count == 3)
}
