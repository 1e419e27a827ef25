import CommuniqueTestSupport
import Foundation
import Testing

/// The reader when its state folder cannot be written or its state file is damaged: one clear
/// warning, and it works.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux est introuvable : tests de bout en bout ignorés"))
struct StateTroubleEndToEndTests {
  @Test func anUnwritableStateFolderWarnsOnceAndTheReaderStillMarks() throws {
    let folder = try TemporaryFolder()
    let blocker = folder.file("not-a-folder")
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let reader = try ReaderHarness(environment: ["XDG_STATE_HOME": blocker])
    let (screen, warned) = reader.session.wait(for: "dossier d’état impossible à écrire")
    #expect(warned, "\(screen)")
    reader.session.send("Enter")
    let (opened, read) = reader.session.wait(for: "Communiqués (2 · 1 non lu)")
    #expect(read, "\(opened)")
    #expect(!opened.contains("dossier d’état"), "l’avertissement revient :\n\(opened)")
  }

  @Test func aCorruptStateFileIsMovedAsideAndTheReaderStartsWithNoMark() throws {
    let state = try TemporaryFolder()
    let marks = state.file("communique/marks.sqlite")
    try FileManager.default.createDirectory(
      atPath: state.file("communique"), withIntermediateDirectories: true)
    let junk = Data(repeating: 0x2A, count: 4096)
    try junk.write(to: URL(fileURLWithPath: marks))
    let reader = try ReaderHarness(environment: ["XDG_STATE_HOME": state.path])
    let (screen, warned) = reader.session.wait(for: "état de lecture corrompu, mis de côté")
    #expect(warned, "\(screen)")
    #expect(screen.contains("Communiqués (2 · 2 non lus)"))
    let aside = try FileManager.default.contentsOfDirectory(atPath: state.file("communique"))
      .filter { $0.hasPrefix("marks.sqlite.corrompu-") && !$0.contains("-wal") }
    #expect(aside.count == 1)
    if let kept = aside.first {
      #expect(try Data(contentsOf: URL(fileURLWithPath: state.file("communique/" + kept))) == junk)
    }
  }
}
