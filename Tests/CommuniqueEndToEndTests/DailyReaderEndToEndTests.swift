import CommuniqueTestSupport
import Foundation
import Testing

/// The reader used every morning, in a real terminal (tmux): read and flagged releases kept
/// across sessions and cache deletions, and a library that updates itself.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux est introuvable : tests de bout en bout ignorés"))
struct DailyReaderEndToEndTests {
  let seminar = "38131b8efd6c3e08"

  /// Quits the reader and waits for it to end.
  private func quit(_ reader: ReaderHarness) {
    reader.session.send("q")
    #expect(reader.session.wait(for: "communique-exit=0").satisfied)
  }

  @Test func aReleaseOpenedIsStillReadAfterARestart() throws {
    let state = try TemporaryFolder()
    let first = try ReaderHarness(environment: ["XDG_STATE_HOME": state.path])
    #expect(first.session.wait(for: "Communiqués (2 · 2 non lus)").satisfied)
    first.session.send("Enter")
    let (screen, read) = first.session.wait(for: "Communiqués (2 · 1 non lu)")
    #expect(read, "\(screen)")
    quit(first)
    let second = try ReaderHarness(environment: ["XDG_STATE_HOME": state.path])
    let (again, kept) = second.session.wait(for: "Communiqués (2 · 1 non lu)")
    #expect(kept, "\(again)")
    let unread = try CommandRunner.run(
      ["list", "--unread"], environment: ["XDG_STATE_HOME": state.path])
    #expect(unread.stdout.split(separator: "\n").count == 1)
    #expect(!unread.stdout.contains(seminar))
  }

  @Test func aReleaseFlaggedInTheReaderIsListedByListFlagged() throws {
    let state = try TemporaryFolder()
    let reader = try ReaderHarness(environment: ["XDG_STATE_HOME": state.path])
    reader.waitForFirstFrame()
    reader.session.send("F")
    let (screen, flagged) = reader.session.wait { $0.contains("│▶⚑ Un séminaire") }
    #expect(flagged, "\(screen)")
    quit(reader)
    let output = try CommandRunner.run(
      ["list", "--flagged"], environment: ["XDG_STATE_HOME": state.path])
    #expect(output.stdout.hasPrefix(seminar + "\t"))
    #expect(output.stdout.split(separator: "\n").count == 1)
  }

  @Test func aFileCopiedIntoTheFolderAppearsWithoutAKeyPress() throws {
    let reader = try ReaderHarness()
    #expect(reader.waitForFirstFrame().satisfied)
    #expect(reader.session.wait { !$0.contains("Index") }.satisfied)
    let source = Fixtures.folder.appendingPathComponent("04-communique-global-endash-report.txt")
    try FileManager.default.copyItem(
      at: source, to: reader.library.appendingPathComponent("002_nouveau.txt"))
    let (screen, shown) = reader.session.wait(timeout: 20) {
      $0.contains("Communiqués (3 · 3 non lus)") && $0.contains("1 nouveau communiqué")
    }
    #expect(shown, "\(screen)")
    #expect(screen.contains("│ 1/3"), "la sélection a bougé :\n\(screen)")
  }

  @Test func deletingTheCacheFolderKeepsReadAndFlaggedReleases() throws {
    let state = try TemporaryFolder()
    let cache = try TemporaryFolder()
    let environment = ["XDG_STATE_HOME": state.path, "XDG_CACHE_HOME": cache.file("c")]
    let first = try ReaderHarness(environment: environment)
    first.waitForFirstFrame()
    first.session.send("j")
    first.session.send("F")
    first.session.send("Enter")
    #expect(first.session.wait(for: "Communiqués (2 · 1 non lu)").satisfied)
    quit(first)
    try FileManager.default.removeItem(atPath: cache.file("c"))
    let second = try ReaderHarness(environment: environment)
    let (screen, kept) = second.session.wait {
      $0.contains("Communiqués (2 · 1 non lu)") && $0.contains("│ ⚑ L’OIM organise")
    }
    #expect(kept, "\(screen)")
  }
}
