import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `hasWhitespaceSeparatedWords` and `trimmingGuillemets` against the character code they
/// replace in `QuoteExtractor`.
struct QuoteTextOracleTests {
  /// Pieces with white space of every kind, guillemets, and scalars that join characters.
  private static let pieces = [
    "«", "»", "« ", " »", "«\u{0301}", "\u{0600}»", "»\u{200D}", "\u{00A0}", "\u{202F}",
    "\u{2009}", "\u{2028}", "\u{0085}", "\u{000B}", "\u{3000}", "\u{1680}", "\r\n", "\r", "\t",
    "\u{0301}", "e\u{0301}", "👍", "‹", "›", "\u{200B}", "\u{2000}", "İ", "ǅ", "",
  ]

  /// Compares on `text`; returns how many comparisons were made.
  private func expectAgree(_ text: String) -> Int {
    for count in [0, 1, 4, 8, 9] {
      #expect(
        text.hasWhitespaceSeparatedWords(count)
          == text.hasWords(count, separatedBy: { $0.isWhitespace }), "\(text.debugDescription)")
    }
    #expect(
      text.trimmingGuillemets() == text.trimmingCharacters(in: ["«", "»"]),
      "\(text.debugDescription)")
    return 6
  }

  @Test func agreesOnTheCorpusAndRandomTexts() {
    var comparisons = 0
    for text in OracleCorpus.paragraphs + OracleCorpus.sentences(5_000) {
      comparisons += expectAgree(text)
      comparisons += expectAgree("« " + text + " »")
    }
    var random = SplitMix(state: 7)
    for _ in 0..<5_000 {
      comparisons += expectAgree(OracleTextGenerator.text(using: &random))
      var text = ""
      for _ in 0..<(1 + random.below(14)) {
        text +=
          random.below(2) == 0
          ? Self.pieces[random.below(Self.pieces.count)]
          : OracleCorpus.vocabulary[random.below(OracleCorpus.vocabulary.count)]
        text += OracleCorpus.marks[random.below(OracleCorpus.marks.count)]
      }
      comparisons += expectAgree(text)
    }
    for piece in Self.pieces {
      for other in Self.pieces {
        comparisons += expectAgree(piece + "mot" + other)
        comparisons += expectAgree(piece + other + "a b c d e f g h" + other + piece)
      }
    }
    #expect(comparisons > 100_000)
  }
}
