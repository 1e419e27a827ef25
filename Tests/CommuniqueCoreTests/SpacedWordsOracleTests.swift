import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `SpacedWords.split` against the `split(separator: " ")` on characters it replaces.
struct SpacedWordsOracleTests {
  /// Pieces that join characters across a space, or look like one.
  private static let pieces = [
    " ", "  ", "\u{0301}", " \u{0301}", "\u{0300}", "\u{02FF}", "\r\n", "\r", " \r\n ", "\n",
    "\u{00A0}", "\u{202F}", "\u{200D}", " \u{200D} ", "\u{0600} ", "👍 ", "🇫🇷 ", "İ", "ǅ", "ß",
    "e\u{0301}", "\u{1100} \u{1161}", "क्ष ", "’", "\u{00AD}", "\u{034F} ", "",
  ]

  /// Compares on `text` and on it lower-cased (as `PersonIndex` folds names).
  private func expectAgree(_ text: String) -> Int {
    for text in [text, text.lowercased()] {
      #expect(
        SpacedWords.split(text) == text.split(separator: " ").map(String.init),
        "\(text.debugDescription)")
    }
    return 2
  }

  @Test func agreesOnTheCorpusAndRandomTexts() {
    var comparisons = 0
    for text in OracleCorpus.paragraphs + OracleCorpus.sentences(5_000) {
      comparisons += expectAgree(text)
    }
    var random = SplitMix(state: 5)
    for _ in 0..<5_000 {
      comparisons += expectAgree(OracleTextGenerator.text(using: &random))
      var text = ""
      for _ in 0..<(1 + random.below(12)) {
        text +=
          random.below(2) == 0
          ? Self.pieces[random.below(Self.pieces.count)]
          : OracleCorpus.vocabulary[random.below(OracleCorpus.vocabulary.count)]
      }
      comparisons += expectAgree(text)
    }
    for piece in Self.pieces {
      for other in Self.pieces {
        comparisons += expectAgree("Jean" + piece + "de " + other + "Élise")
      }
    }
    #expect(comparisons > 30_000)
  }
}
