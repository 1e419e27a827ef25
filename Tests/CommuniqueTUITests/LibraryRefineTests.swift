import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

/// The library search shows a quick first pass while the query is typed, then the exact
/// ranking once typing pauses (or at once on Enter).
struct LibraryRefineTests {
  private let seminar = SampleReleases.seminar
  private let workshop = SampleReleases.workshop

  private func results(_ query: String, _ releases: [Release], exact: Bool) -> LibraryResults {
    LibraryResults(
      query: query, total: releases.count, isTotalCapped: !exact, isExact: exact,
      hits: releases.map { .init(summary: ReleaseSummary($0), snippet: "…") },
      highlights: ["migr"])
  }

  private func typed(_ text: String) -> Model {
    press([.character("/")] + typing(text), on: sampleModel(width: 120, height: 40)).0
  }

  @Test func aFirstPassAsksForThePauseAfterTheLastKey() {
    let (model, effects) = update(
      typed("mig"), .libraryResults(results("mig", [seminar], exact: false)))
    #expect(effects.contains(.awaitTypingPause(keystroke: 3)))
    #expect(model.librarySearch?.isExact == false)
    let lines = Screen.render(model).lines
    #expect(lines.contains { $0.contains("1+ résultat(s) (classement provisoire)") })
  }

  @Test func theExactRankingIsAskedForOnlyWhenTypingPausedAfterTheLastKey() {
    let shown = update(typed("mig"), .libraryResults(results("mig", [seminar], exact: false))).0
    #expect(update(shown, .typingPaused(keystroke: 2)).1.isEmpty)
    let (asked, effects) = update(shown, .typingPaused(keystroke: 3))
    #expect(effects == [.rankLibrarySearch("mig")])
    #expect(update(asked, .typingPaused(keystroke: 3)).1.isEmpty)
    let (ranked, more) = update(
      asked, .libraryResults(results("mig", [workshop, seminar], exact: true)))
    #expect(more.allSatisfy { $0.kind == .loadRelease })
    #expect(ranked.summaries == [ReleaseSummary(workshop), ReleaseSummary(seminar)])
    #expect(ranked.librarySearch?.isExact == true)
    #expect(!Screen.render(ranked).lines.contains { $0.contains("provisoire") })
  }

  @Test func anExactRankingNeedsNoPause() {
    let effects = update(typed("mig"), .libraryResults(results("mig", [seminar], exact: true))).1
    #expect(!effects.contains { $0.kind == .awaitTypingPause })
  }

  @Test func aKeyTypedMeanwhileMakesTheOldRankingStale() {
    let shown = update(typed("mig"), .libraryResults(results("mig", [seminar], exact: false))).0
    let asked = update(shown, .typingPaused(keystroke: 3)).0
    let (more, effects) = press([.character("r")], on: asked)
    #expect(effects == [.searchLibrary("migr")])
    let late = update(more, .libraryResults(results("mig", [workshop], exact: true))).0
    #expect(late.summaries == more.summaries)
    #expect(late.librarySearch?.query == "migr")
    #expect(update(late, .typingPaused(keystroke: 3)).1.isEmpty)
  }

  @Test func enterOnAFirstPassOpensTheBestOnceRanked() {
    let shown = update(typed("mig"), .libraryResults(results("mig", [seminar], exact: false))).0
    let (waiting, effects) = update(shown, .key(.enter))
    #expect(effects == [.rankLibrarySearch("mig")])
    #expect(waiting.focus == .list)
    #expect(update(waiting, .typingPaused(keystroke: 3)).1.isEmpty)
    let ranked = sampleLibrary.update(
      waiting, .libraryResults(results("mig", [workshop, seminar], exact: true))
    ).0
    #expect(ranked.focus == .reading)
    #expect(ranked.currentRelease == workshop)
    #expect(ranked.search?.needles == ["migr"])
  }

  /// Through the runner without a mailbox, as the benchmark runs it: the pause comes at once
  /// and the exact ranking replaces the first pass before the key's frame.
  @Test func theRunnerRefinesAFirstPass() {
    let library = FirstPassLibrary(base: sampleLibrary)
    let runner = EffectRunner(library: library)
    var model = runner.firstModel(libraryPath: "Content", width: 120, height: 40)
    for key in [Key.character("/")] + typing("la") {
      model = runner.update(model, .key(key)).0
    }
    #expect(model.librarySearch?.isExact == true)
    #expect(model.summaries == [ReleaseSummary(seminar), ReleaseSummary(workshop)])
    let quick = EffectRunner(
      library: library, performing: [.loadRelease, .searchLibrary])
    var first = quick.firstModel(libraryPath: "Content", width: 120, height: 40)
    var handedBack: [Effect] = []
    for key in [Key.character("/")] + typing("la") {
      let (next, effects) = quick.update(first, .key(key))
      first = next
      handedBack += effects
    }
    #expect(first.librarySearch?.isExact == false)
    #expect(first.summaries == [ReleaseSummary(workshop), ReleaseSummary(seminar)])
    #expect(handedBack.last == .awaitTypingPause(keystroke: 2))
  }
}

/// A library whose first pass gives its exact results in reverse order, and says it is not
/// exact.
private struct FirstPassLibrary: Library {
  let base: InMemoryLibrary

  func refresh(progress: @Sendable (RefreshProgress) -> Void) throws -> RefreshReport {
    try base.refresh(progress: progress)
  }
  func summaries(limit: Int?) throws -> [ReleaseSummary] { try base.summaries(limit: limit) }
  func release(id: String) throws -> Release? { try base.release(id: id) }
  func search(_ query: String, limit: Int) throws -> SearchResults {
    try base.search(query, limit: limit)
  }
  func firstPassSearch(_ query: String, limit: Int) throws -> SearchResults {
    var results = try base.search(query, limit: limit)
    results.hits.reverse()
    results.isExact = false
    return results
  }
  func directory() throws -> LibraryDirectory { try base.directory() }
  func problems() throws -> [LibraryProblem] { try base.problems() }
}
