import CommuniqueTestSupport
import Foundation
import Testing

/// A library larger than the first page: the first frame lists its first releases, the whole
/// list follows.
@Suite(
  .enabled(if: TmuxSession.isAvailable, "tmux est introuvable : tests de bout en bout ignorés"))
struct LargeLibraryEndToEndTests {
  @Test func theWholeListFollowsTheFirstPageAndGReachesItsEnd() throws {
    var files: [String: [UInt8]] = [:]
    for number in 1...250 {
      let text =
        "Communiqué numéro \(number)\n\nTRIPOLI - Le texte du communiqué numéro \(number).\n"
      files[String(format: "%03d.txt", number)] = Array(text.utf8)
    }
    let reader = try ReaderHarness(content: false, extraFiles: files)
    let (screen, listed) = reader.session.wait(timeout: 20) {
      $0.contains("Communiqués (250 · 250 non lus)")
    }
    #expect(listed, "\(screen)")
    reader.session.send("G")
    let (end, reached) = reader.session.wait { $0.contains("│ 250/250") }
    #expect(reached, "\(end)")
    #expect(end.contains("Communiqué numéro 250"))
  }
}
