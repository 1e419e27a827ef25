import CommuniqueTUI
import Testing

@testable import CommuniqueTerminal

/// The clipboard backends without a terminal: the OSC 52 sequence and its limit, and tools fed
/// on standard input.
@Suite struct ClipboardTests {
  @Test func theOSC52SequenceCarriesTheTextInBase64() {
    let sequence = Clipboard.sequence(for: "lhart@iom.int")
    #expect(sequence == Array("\u{1B}]52;c;bGhhcnRAaW9tLmludA==\u{07}".utf8))
    #expect(Clipboard.sequence(for: "é") == Array("\u{1B}]52;c;w6k=\u{07}".utf8))
  }

  @Test func osc52RefusesTextsOverTheLimitWithoutWriting() {
    let text = String(repeating: "x", count: 80_000)
    let outcome = Clipboard.copy(text, summary: "x", via: .osc52)
    #expect(outcome == .copyFailed(reason: "le texte dépasse la limite d’OSC 52 (100 ko)."))
  }

  @Test func noneSaysCopyingIsOff() {
    guard case .copyFailed(let reason) = Clipboard.copy("x", summary: "x", via: .none) else {
      Issue.record("none a copié")
      return
    }
    #expect(reason.hasPrefix("le presse-papiers est désactivé"))
  }

  @Test func aToolGetsTheTextAndItsFailureIsReported() {
    #expect(ClipboardTool.run(["cat"], input: Array("lhart@iom.int".utf8)) == nil)
    #expect(ClipboardTool.run(["false"], input: []) == "false a échoué (code 1).")
    #expect(
      ClipboardTool.run(["communique-outil-absent"], input: [])
        == "communique-outil-absent est introuvable\u{00A0}; essayez --clipboard osc52.")
  }

  @Test func aToolThatQuitsWithoutReadingDoesNotKillTheReader() {
    let big = [UInt8](repeating: 65, count: 4_000_000)
    #expect(ClipboardTool.run(["true"], input: big) == "true n’a pas lu tout le texte.")
  }
}
