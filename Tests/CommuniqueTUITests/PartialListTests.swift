import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

/// A large library's first frame lists its first page; the whole list comes right after.
struct PartialListTests {
  private let seminar = ReleaseSummary(SampleReleases.seminar)
  private let workshop = ReleaseSummary(SampleReleases.workshop)

  /// The first page only: the seminar, the workshop still to come.
  private func firstPage() -> Model {
    var model = Model(summaries: [seminar], libraryPath: "Content", width: 120, height: 40)
    model.isListPartial = true
    return update(model, .resize(width: 120, height: 40)).0
  }

  @Test func theTitleSaysMoreAreComingUntilTheWholeListArrives() {
    let partial = firstPage()
    #expect(Screen.render(partial).lines[0].hasPrefix("┌ Communiqués (1…)"))
    let whole = update(partial, .libraryListed([seminar, workshop])).0
    #expect(!whole.isListPartial)
    #expect(Screen.render(whole).lines[0].hasPrefix("┌ Communiqués (2 · 2 non lus)"))
  }

  @Test func theSelectionStaysOnItsReleaseWhenTheListArrives() {
    let partial = firstPage()
    let (whole, effects) = update(partial, .libraryListed([workshop, seminar]))
    #expect(whole.selectedSummary == seminar)
    #expect(whole.selected == 1)
    #expect(effects.allSatisfy { $0 == .loadRelease(id: seminar.id) })
  }

  @Test func duringALibrarySearchTheListIsKeptForEscape() {
    var searching = firstPage()
    for key: Key in [.character("/"), .character("x")] {
      searching = update(searching, .key(key)).0
    }
    let listed = update(searching, .libraryListed([seminar, workshop])).0
    let restored = update(update(listed, .key(.escape)).0, .key(.escape)).0
    #expect(restored.librarySearch == nil)
    #expect(restored.summaries == [seminar, workshop])
  }
}
