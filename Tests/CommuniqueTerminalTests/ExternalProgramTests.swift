import CommuniqueTUI
import Foundation
import Testing

@testable import CommuniqueTerminal

/// `|` and the editor without a terminal: what reaches the program, what comes back, and the
/// temporary copy gone afterwards.
@Suite struct ExternalProgramTests {
  @Test func aPipeGetsTheTextAndGivesItsLastLineAndStatus() {
    let outcome = ExternalProgram.run(
      .pipe(command: "wc -w"), text: "un deux trois\nquatre\n", name: "abc", environment: [:])
    #expect(outcome.status == 0)
    #expect(outcome.lastLine?.trimmingCharacters(in: .whitespaces) == "4")
    #expect(outcome.failure == nil)
  }

  @Test func aFailingPipeGivesItsStatusAndWhatItSaid() {
    let outcome = ExternalProgram.run(
      .pipe(command: "echo raté >&2; echo; exit 3"), text: "x", name: "abc", environment: [:])
    #expect(outcome.status == 3)
    #expect(outcome.lastLine == "raté")
    let silent = ExternalProgram.run(.pipe(command: "true"), text: "x", name: "a", environment: [:])
    #expect(silent.lastLine == nil)
  }

  @Test func theEditorOpensACopyThatIsDeletedAfterwards() throws {
    let folder = NSTemporaryDirectory() + "communique-editor-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let outcome = ExternalProgram.run(
      .editor, text: "Le texte", name: "38131b8efd6c3e08",
      environment: ["VISUAL": "", "EDITOR": "cat >'\(folder)/vu' <", "PATH": "/usr/bin:/bin"])
    #expect(outcome.status == 0)
    #expect(try String(contentsOfFile: folder + "/vu", encoding: .utf8) == "Le texte")
    let record = folder + "/chemin"
    let visual = ExternalProgram.run(
      .editor, text: "x", name: "n", environment: ["VISUAL": "echo >'\(record)'"])
    #expect(visual.status == 0)
    let named = try String(contentsOfFile: record, encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(named.hasSuffix("/n.txt"))
    #expect(!FileManager.default.fileExists(atPath: named))
  }
}
