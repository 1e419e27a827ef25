import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueIndex

/// The lines read on the bytes from both ends of a text, and the census counting numbers, give
/// exactly what splitting every line and counting `String`s gave (`LineCensusOracle`): on the
/// fixtures and samples, on random texts of lines of every kind of white space, mark and line
/// end, and on random folders of such texts sharing lines.
@Suite struct LineCensusOracleTests {
  /// Pieces of lines: words, white space of every kind (the trimmed ones among them), marks
  /// that join a space or a letter, decomposed letters, scripts beyond Latin, emoji.
  private static let pieces: [String] = [
    "Menu", "Accueil", "OIM", "Été", "E\u{301}te\u{301}", "l’OIM", "« Genève »", "Contact",
    "mail", "ou", "et", "2024", "@", "a", "Ω", "中文", "🌍", "👩‍👩‍👧", " ", "  ", "\t", "\u{A0}",
    "\u{202F}", "\u{2009}", "\u{2000}", "\u{3000}", "\u{1680}", "\u{85}", "\u{B}", "\u{C}",
    "\u{2028}", "\u{2029}", "\u{301}", " \u{301}", "\u{A0}\u{308}", "\u{200D}", "\u{FE0F}",
    "\u{FEFF}", "\r", "-", "—", "·", "Ǆ",
  ]
  private static let ends = ["\n", "\n", "\n", "\r\n", "\n\n", "\r", "\n \n", "\n\t\n"]

  /// A random line of `pieces`.
  private static func line(using random: inout SplitMix) -> String {
    (0..<Int.random(in: 0...5, using: &random)).map { _ in
      pieces.randomElement(using: &random)!
    }.joined()
  }

  /// A random text of up to `lines` lines, some of them from `shared`.
  private static func text(lines: Int, shared: [String], using random: inout SplitMix) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 0...lines, using: &random) {
      let reuse = !shared.isEmpty && Int.random(in: 0..<3, using: &random) == 0
      text += reuse ? shared.randomElement(using: &random)! : line(using: &random)
      text += ends.randomElement(using: &random)!
    }
    if Bool.random(using: &random) { text += line(using: &random) }
    return text
  }

  /// Whether the new lines of `text` are the oracle's.
  private func agree(_ text: String) -> Bool {
    Set(LineCensus.linesLookedAt(in: text).map(\.bytes)) == LineCensusOracle.linesLookedAt(in: text)
  }

  @Test func fixturesAndSamples() throws {
    var texts: [String] = []
    for folder in [Fixtures.folder, Fixtures.content] {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      for name in names where name.hasSuffix(".txt") {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        texts.append(TextDecoder.decode(bytes).text)
      }
    }
    #expect(texts.count > 50)
    for text in texts { #expect(agree(text)) }
    let new = LineCensus(files: texts.map(LineCensus.linesLookedAt(in:))).boilerplate
    #expect(!new.isEmpty)
    #expect(new == LineCensusOracle.boilerplate(files: texts.map(LineCensusOracle.linesLookedAt)))
  }

  @Test func randomTexts() {
    var random = SplitMix(state: 20_261_202)
    var compared = 0
    for round in 0..<20_000 {
      let text = Self.text(lines: round % 10 == 0 ? 300 : 20, shared: [], using: &random)
      #expect(agree(text), "\(text.debugDescription)")
      compared += 1
    }
    for text in ["", "\n", "\r\n", " \n ", "a", "\na", "a\n", "\r\n\r\n", "\u{301}", " \u{301} "] {
      #expect(agree(text), "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 20_000)
  }

  @Test func randomFolders() {
    var random = SplitMix(state: 20_261_203)
    var learnt = 0
    for _ in 0..<300 {
      let shared = (0..<8).map { _ in Self.line(using: &random) } + ["Menu", "Accueil  ", "\tOIM"]
      let texts = (0..<Int.random(in: 0...12, using: &random)).map { _ in
        Self.text(lines: 120, shared: shared, using: &random)
      }
      let new = LineCensus(files: texts.map(LineCensus.linesLookedAt(in:))).boilerplate
      let oracle = LineCensusOracle.boilerplate(files: texts.map(LineCensusOracle.linesLookedAt))
      #expect(new == oracle)
      learnt += new.count
    }
    #expect(learnt > 100)
  }
}
