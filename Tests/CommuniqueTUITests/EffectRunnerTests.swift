import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Synchronization
import Testing

/// The one effect runner, on a library in memory: what it performs, what it hands back, and
/// slow work through a mailbox.
@Suite struct EffectRunnerTests {
  private let library = InMemoryLibrary(releases: [SampleReleases.seminar, SampleReleases.workshop])

  @Test func performingEverythingAnswersALibrarySearchAndHandsBackOnlyQuit() {
    let runner = EffectRunner(library: library)
    var model = runner.firstModel(libraryPath: "Content", width: 120, height: 40)
    var effects: [Effect] = []
    for key in [Key.character("/")] + "atelier".map(Key.character) {
      let (next, more) = runner.update(model, .key(key))
      model = next
      effects += more
    }
    #expect(effects.isEmpty)
    #expect(model.librarySearch?.total == "1")
    #expect(model.summaries.map(\.id) == [SampleReleases.workshop.id])
    let keys: [Message] = [.key(.escape), .key(.escape), .key(.character("q"))]
    #expect(runner.update(model, keys).1 == [.quit])
  }

  @Test func aRefreshWithoutAMailboxIsDoneBeforeUpdateReturns() {
    let runner = EffectRunner(library: library)
    let model = runner.firstModel(libraryPath: "Content", width: 120, height: 40)
    let (refreshed, effects) = runner.update(model, .key(.character("r")))
    #expect(effects.isEmpty)
    #expect(refreshed.indexStatus == nil)
    #expect(refreshed.summaries == model.summaries)
  }

  @Test func aCopyGoesThroughTheClipboardGivenAndItsAnswerReachesTheStatusLine() {
    let copied = Mutex<[String]>([])
    let runner = EffectRunner(
      library: library,
      copy: { text, summary in
        copied.withLock { $0.append(text) }
        return .copyFailed(reason: "essai")
      })
    var model = runner.firstModel(libraryPath: "Content", width: 120, height: 40)
    model = runner.update(model, [.key(.tab), .key(.tab), .key(.character("y"))]).0
    #expect(copied.withLock { $0.count } == 1)
    #expect(model.message?.contains("essai") == true)
  }

  @Test func slowWorkPostsToTheMailboxInsteadOfAnswering() async throws {
    let mailbox = Mailbox()
    let runner = EffectRunner(library: library, mailbox: mailbox)
    let model = runner.firstModel(libraryPath: "Content", width: 120, height: 40)
    let (asked, effects) = runner.update(model, .key(.character("c")))
    #expect(effects.isEmpty)
    #expect(asked.directoryView == nil)
    var posted: [Message] = []
    for _ in 0..<500 where posted.isEmpty {
      try await Task.sleep(for: .milliseconds(10))
      posted = mailbox.take()
    }
    #expect(posted == [.directoryLoaded(LibraryDirectory(releases: library.releases))])
    #expect(runner.update(asked, posted).0.directoryView?.kind == .contacts)
  }
}
