import CommuniqueTestSupport
import Foundation
import Testing

/// The terminal doing its worst: resize storms, termination signals, no TERM, huge releases.
@Suite(
  .enabled(if: TmuxSession.isAvailable, "tmux est absent\u{00A0}: tests de bout en bout ignorés"))
struct HostileTerminalTests {
  @Test func fiftyResizesInTwoSecondsLeaveAWorkingReader() throws {
    let reader = try ReaderHarness()
    #expect(reader.waitForFirstFrame().satisfied)
    var generator = SplitMix(state: 7)
    for _ in 0..<50 {
      reader.session.resize(width: 1 + generator.below(200), height: 1 + generator.below(60))
      usleep(40_000)
    }
    reader.session.resize(width: 120, height: 40)
    let (screen, drawn) = reader.session.wait(for: "Communiqués (2 · ")
    #expect(drawn, "\(screen)")
    #expect(!screen.contains("communique-exit="))
    reader.session.send("q")
    #expect(reader.session.wait(for: "communique-exit=0").satisfied)
  }

  @Test func sigtermRestoresTheTerminal() throws {
    let reader = try ReaderHarness()
    #expect(reader.waitForFirstFrame().satisfied)
    let pid = try #require(reader.session.programPID())
    #expect(kill(pid, SIGTERM) == 0)
    let (screen, exited) = reader.session.wait(for: "communique-exit=143")
    #expect(exited, "\(screen)")
    #expect(!screen.contains("Communiqués (2"), "l’écran du lecteur est resté affiché")
    reader.session.type("echo $((6 * 7))")
    reader.session.send("Enter")
    #expect(reader.session.wait(for: "\n42").satisfied)
  }

  @Test func withoutTERMItSaysSoAndExitsWithTwo() throws {
    let session = try TmuxSession(
      width: 100, height: 10,
      command: ["env", "-u", "TERM", ReaderHarness.binary, "browse", Fixtures.content.path])
    let (screen, exited) = session.wait(for: "communique-exit=2")
    #expect(exited, "\(screen)")
    #expect(screen.contains("communique list"), "\(screen)")
  }

  @Test func aDumbTerminalGetsOneLineAndExitCodeTwo() throws {
    let session = try TmuxSession(
      width: 100, height: 10,
      command: ["env", "TERM=dumb", ReaderHarness.binary, "browse", Fixtures.content.path])
    let (screen, exited) = session.wait(for: "communique-exit=2")
    #expect(exited, "\(screen)")
    #expect(screen.contains("communique list"), "\(screen)")
  }

  @Test func aReleaseOfTenThousandParagraphsScrollsToItsEnd() throws {
    var text = "Un communiqué très long\n"
    for number in 1...10_000 { text += "Paragraphe numéro \(number) du communiqué.\n" }
    let reader = try ReaderHarness(content: false, extraFiles: ["long.txt": Array(text.utf8)])
    #expect(reader.session.wait(for: "Un communiqué très long", timeout: 60).satisfied)
    reader.session.send("Enter")
    reader.session.send("G")
    let (screen, reached) = reader.session.wait(for: "Paragraphe numéro 10000 du communiqué.")
    #expect(reached, "\(screen)")
    reader.session.send("g")
    #expect(reader.session.wait(for: "Paragraphe numéro 1 du communiqué.").satisfied)
  }
}
