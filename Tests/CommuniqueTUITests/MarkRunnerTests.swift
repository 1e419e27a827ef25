import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Synchronization
import Testing

/// Marks kept in memory, shared like the state file two readers open.
private final class SharedMarks: MarkStore {
  private let kept = Mutex(ReleaseMarks())

  func marks() throws -> ReleaseMarks { kept.withLock { $0 } }

  func set(_ mark: ReleaseMark, _ on: Bool, ids: [String]) throws {
    kept.withLock { $0.set(mark, on, ids: ids) }
  }
}

/// A store that refuses every change.
private struct FullDisk: MarkStore {
  func marks() throws -> ReleaseMarks { ReleaseMarks() }
  func set(_ mark: ReleaseMark, _ on: Bool, ids: [String]) throws {
    throw WriteError()
  }
  struct WriteError: Error, CustomStringConvertible {
    var description: String { "disque plein" }
  }
}

/// The effect runner keeps the marks in its store and reads them back.
@Suite struct MarkRunnerTests {
  private let library = InMemoryLibrary(releases: [SampleReleases.seminar, SampleReleases.workshop])

  @Test func marksAreSavedReadAtStartAndReadAgainAfterARefresh() throws {
    let store = SharedMarks()
    let one = EffectRunner(library: library, marks: store)
    var model = one.firstModel(libraryPath: "Content", width: 160, height: 40)
    model = one.update(model, [.key(.enter), .key(.character("F"))]).0
    #expect(
      try store.marks()
        == ReleaseMarks(read: [SampleReleases.seminar.id], flagged: [SampleReleases.seminar.id]))
    let two = EffectRunner(library: library, marks: store)
    var other = two.firstModel(libraryPath: "Content", width: 160, height: 40)
    #expect(other.unreadCount == 1)
    other = two.update(other, [.key(.character("j")), .key(.character("u"))]).0
    let refreshed = one.update(model, .libraryRefreshed(model.allSummaries, skipped: 0)).0
    #expect(refreshed.unreadCount == 0)
    #expect(ListView(model: refreshed).title == "Communiqués (2)")
  }

  @Test func aMarkThatCannotBeWrittenSaysWhyInTheStatusLine() {
    let runner = EffectRunner(library: library, marks: FullDisk())
    let model = runner.firstModel(libraryPath: "Content", width: 160, height: 40)
    let (marked, effects) = runner.update(model, .key(.character("u")))
    #expect(effects.isEmpty)
    #expect(marked.message?.hasPrefix("Marques non enregistrées") == true)
    #expect(marked.message?.contains("disque plein") == true)
    #expect(marked.marks.read == [SampleReleases.seminar.id])
  }
}
