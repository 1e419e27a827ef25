import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

/// The model lists summaries and holds only the selected release, asked for by effect; the
/// directory is asked for once.
struct LazyLoadingTests {
  private let seminar = SampleReleases.seminar
  private let workshop = SampleReleases.workshop

  /// The sample library listed, nothing loaded yet.
  private func listed(width: Int = 120, height: Int = 40) -> Model {
    Model(
      summaries: [ReleaseSummary(seminar), ReleaseSummary(workshop)], libraryPath: "Content",
      width: width, height: height)
  }

  @Test func theFirstFrameAsksForTheFirstReleaseAndShowsItsSummaryMeanwhile() {
    let (model, effects) = update(listed(), .resize(width: 120, height: 40))
    #expect(effects == [.loadRelease(id: seminar.id)])
    #expect(model.currentRelease == nil)
    let waiting = Screen.render(model).lines
    #expect(waiting[0].contains("┬ Un séminaire pour débattre"))
    #expect(waiting.contains { $0.contains("│ TRIPOLI ") })
    #expect(!waiting.contains { $0.contains("Carmela Godeau") })
    let (loaded, more) = update(model, .releaseLoaded(seminar))
    #expect(more.isEmpty)
    #expect(loaded.currentRelease == seminar)
    #expect(Screen.render(loaded).lines.contains { $0.contains("Carmela Godeau") })
  }

  @Test func movingAsksForTheNewReleaseOnceAndDropsAnAnswerThatCameTooLate() {
    let start = update(update(listed(), .resize(width: 120, height: 40)).0, .releaseLoaded(seminar))
      .0
    let (moved, effects) = update(start, .key(.character("j")))
    #expect(effects == [.loadRelease(id: workshop.id)])
    #expect(moved.currentRelease == nil)
    #expect(update(moved, .resize(width: 100, height: 30)).1.isEmpty)
    let stale = update(moved, .releaseLoaded(seminar)).0
    #expect(stale.currentRelease == nil)
    #expect(stale.selectedSummary == ReleaseSummary(workshop))
    #expect(update(stale, .releaseLoaded(workshop)).0.currentRelease == workshop)
    let back = update(moved, .key(.character("k")))
    #expect(back.1.isEmpty)
    #expect(back.0.currentRelease == seminar)
  }

  @Test func aReleaseThatCannotBeLoadedKeepsItsSummaryAndSaysSo() {
    let (model, _) = update(listed(), .resize(width: 120, height: 40))
    let failed = update(model, .releaseUnavailable(id: seminar.id)).0
    #expect(failed.message == "Communiqué illisible dans le cache\u{00A0}: r pour réindexer")
    #expect(ReadingView(model: failed).title.hasPrefix("Un séminaire pour débattre"))
    #expect(update(failed, .resize(width: 80, height: 24)).1.isEmpty)
    let refreshed = update(failed, .libraryRefreshed(failed.summaries, skipped: 0))
    #expect(refreshed.1 == [.loadMarks, .loadRelease(id: seminar.id)])
  }

  @Test func aSearchInTheReleaseFindsItsMatchesInTheNextReleaseOnceItArrives() {
    var model = press(
      [.enter, .character("/")] + typing("oim") + [.enter],
      on: sampleModel(
        width: 120, height: 40)
    ).0
    model = update(model, .key(.character("h"))).0
    let (moved, _) = update(model, .key(.character("j")))
    let arrived = update(moved, .releaseLoaded(workshop)).0
    // `L’OIM` in the title (block 0), `(OIM)` in the first paragraph (block 3, after the
    // dateline and a blank line), `l’OIM` in the third (block 8, after the second paragraph,
    // its speaker's line and a blank line).
    #expect(arrived.search?.matches.map(\.block) == [0, 3, 8])
    #expect(arrived.search?.matches.first?.glyphs == 2..<5)
    #expect(arrived.search?.current == 0)
  }

  @Test func enterOnAResultNotLoadedYetShowsItsFirstMatchWhenItArrives() {
    let results = LibraryResults(
      query: "2019", total: 1,
      hits: [.init(summary: ReleaseSummary(workshop), snippet: "…")], highlights: ["2019"])
    let typed = press([.character("/")] + typing("2019"), on: sampleModel(width: 40, height: 12))
      .0
    let (waiting, effects) = update(typed, .libraryResults(results))
    #expect(effects == [.loadRelease(id: workshop.id)])
    let entered = update(waiting, .key(.enter)).0
    #expect(entered.search?.awaitsRelease == true)
    #expect(entered.search?.matches.isEmpty == true)
    let late = update(entered, .releaseLoaded(workshop)).0
    let early = press([.enter], on: sampleLibrary.update(typed, .libraryResults(results)).0).0
    #expect(late.search?.awaitsRelease == false)
    #expect(late.search?.matches.isEmpty == false)
    #expect(late.search == early.search)
    #expect(late.readingTop == early.readingTop)
    #expect(late.readingTop > 0)
  }

  @Test func theDirectoryIsAskedForOnceAndKeptUntilTheLibraryChanges() {
    let start = sampleModel(width: 120, height: 40)
    let (asked, effects) = update(start, .key(.character("c")))
    #expect(effects == [.loadDirectory])
    #expect(asked.directoryView == nil)
    #expect(StatusLine(model: asked).leftText.contains("Annuaire…"))
    let (switched, again) = update(asked, .key(.character("P")))
    #expect(again.isEmpty)
    let gaveUp = update(switched, .key(.escape)).0
    #expect(gaveUp.pendingDirectory == nil)
    #expect(!StatusLine(model: gaveUp).leftText.contains("Annuaire…"))
    let (waitingAgain, stillAsked) = update(gaveUp, .key(.character("c")))
    #expect(stillAsked.isEmpty)
    #expect(waitingAgain.pendingDirectory == .contacts)
    let directory = LibraryDirectory(releases: [seminar, workshop])
    let opened = update(switched, .directoryLoaded(directory)).0
    #expect(opened.directoryView?.kind == .partners)
    #expect(opened.directoryView?.directory == directory)
    let closed = update(opened, .key(.escape)).0
    let reopened = update(closed, .key(.character("c")))
    #expect(reopened.1.isEmpty)
    #expect(reopened.0.directoryView?.kind == .contacts)
    let refreshed = update(closed, .libraryRefreshed(closed.summaries, skipped: 0)).0
    #expect(refreshed.directory == nil)
    #expect(update(refreshed, .key(.character("c"))).1 == [.loadDirectory])
  }
}
