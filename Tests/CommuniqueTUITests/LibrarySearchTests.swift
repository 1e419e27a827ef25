import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

/// `/` in the list pane: a search over every release, answered by the index through effects.
struct LibrarySearchTests {
  private let workshop = SampleReleases.workshop

  private func results(_ query: String, _ releases: [Release], total: Int? = nil)
    -> LibraryResults
  {
    LibraryResults(
      query: query, total: total ?? releases.count,
      hits: releases.map { .init(summary: ReleaseSummary($0), snippet: "…extrait de \($0.id)") },
      highlights: ["detent"])
  }

  @Test func eachKeyAsksTheIndexAgain() {
    let (typed, effects) = press(
      [.character("/")] + typing("dét"), on: sampleModel(width: 120, height: 40))
    #expect(effects == [.searchLibrary("d"), .searchLibrary("dé"), .searchLibrary("dét")])
    #expect(typed.librarySearch?.editing == true)
    #expect(typed.search == nil)
  }

  @Test func resultsNarrowTheListAndStaleOnesAreIgnored() {
    var model = press([.character("/")] + typing("dét"), on: sampleModel(width: 120, height: 40)).0
    model = sampleLibrary.update(model, .libraryResults(results("dé", [SampleReleases.seminar]))).0
    #expect(model.summaries.count == 2)
    model = sampleLibrary.update(model, .libraryResults(results("dét", [workshop], total: 7))).0
    #expect(model.summaries == [ReleaseSummary(workshop)])
    #expect(model.currentRelease == workshop)
    let grid = Screen.render(model)
    #expect(grid.lines.contains { $0.contains("Résultats (7)") })
    #expect(grid.lines.contains { $0.contains("7 résultat(s)") })
    #expect(grid.lines.contains { $0.contains("    …extrait") })
  }

  @Test func enterOpensTheBestResultWithItsMatchesAndNWalksThem() throws {
    var model = press(
      [.character("/")] + typing("détention"), on: sampleModel(width: 120, height: 40)
    ).0
    model = sampleLibrary.update(model, .libraryResults(results("détention", [workshop]))).0
    model = press([.enter], on: model).0
    #expect(model.focus == .reading)
    #expect(model.currentRelease == workshop)
    let search = try #require(model.search)
    #expect(search.matches.count >= 2)
    #expect(press([.character("n")], on: model).0.search?.current == 1)
    let grid = Screen.render(model)
    #expect(grid.cells.contains { $0.style.reverse && $0.style.role == .match })
  }

  @Test func escapeRestoresTheWholeListWithTheOpenedReleaseSelected() {
    let start = sampleModel(width: 120, height: 40)
    var model = press([.character("/")] + typing("atelier"), on: start).0
    model = sampleLibrary.update(model, .libraryResults(results("atelier", [workshop]))).0
    model = press([.enter, .escape], on: model).0
    #expect(model.summaries == start.summaries)
    #expect(model.librarySearch == nil)
    #expect(model.search == nil)
    #expect(model.currentRelease == workshop)
    let cancelled = press([.character("/"), .character("a"), .escape], on: start).0
    #expect(cancelled.summaries == start.summaries)
    #expect(cancelled.selected == 0)
  }

  @Test func slashInTheReadingPaneStillSearchesTheRelease() {
    let (model, effects) = press(
      [.enter, .character("/")] + typing("oim"), on: sampleModel(width: 120, height: 40))
    #expect(effects.isEmpty)
    #expect(model.search?.query == "oim")
    #expect(model.librarySearch == nil)
  }

  @Test func backgroundRefreshShowsProgressThenTheNewLibrary() {
    var model = sampleModel(width: 120, height: 40)
    model = press([.character("j")], on: model).0
    model = sampleLibrary.update(model, .indexProgress(done: 1_000, total: 4_000)).0
    #expect(
      Screen.render(model).lines.contains {
        $0.contains("Indexation\u{A0}: 1\u{A0}000 / 4\u{A0}000")
      })
    let library = [SampleReleases.seminar, workshop, workshop].map(ReleaseSummary.init)
    model = sampleLibrary.update(model, .libraryRefreshed(library, skipped: 1)).0
    #expect(model.indexStatus == nil)
    #expect(model.summaries.count == 3)
    #expect(model.currentRelease == workshop)
    #expect(model.message == "1 fichier(s) illisible(s) ignoré(s)")
  }
}

/// `r` asks for a refresh once; a second `r` while it runs does nothing.
@Test func rRefreshesTheIndexOnce() {
  let (model, effects) = press([.character("r")], on: sampleModel(width: 120, height: 40))
  #expect(effects == [.refreshLibrary])
  #expect(model.indexStatus == "Index…")
  #expect(press([.character("r")], on: model).1.isEmpty)
}
