import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `SayingVerbWords` against the character code it replaces in `Attribution`
/// (`SayingVerbOracle`), on every line and paragraph of the corpus, on each clause around
/// their guillemets, on every saying verb in every case with every elision, and on random
/// clauses of verbs, names, elisions, accents, capitals, marks that join characters and emoji.
struct AttributionWordsOracleTests {
  private static let verbs = PersonWords.sayingVerbs.sorted()

  /// Pieces beyond the vocabulary: verbs, elisions, letters beyond Latin-1, joining marks.
  private static let pieces =
    verbs + verbs.map { $0.uppercased() } + verbs.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    + [
      "s’", "S'", "l’", "L’", "d’", "D'", "s’l’", "d’d’après", "d’après", "D’APRÈS", "qu’",
      "İ", "ı", "Œ", "œ", "ǅ", "ß", "ẞ", "ÿ", "Ÿ", "µ", "ª", "×", "÷", "\u{0301}", "e\u{0301}",
      "\u{200D}", "👍", "🇫🇷", "\r\n", "ﬁ", "Ω", "ⁿ", "\u{2071}", "Привет", "’", "'", "-",
    ]

  /// Compares on `text` with a few limits; returns how many comparisons were made.
  private func expectAgree(_ text: String) -> Int {
    for limit in [0, 1, 3, 6, Int.max] {
      #expect(
        SayingVerbWords.occur(in: text, within: limit)
          == SayingVerbOracle.hasSayingVerb(text, within: limit),
        "\(text.debugDescription) \(limit)")
    }
    return 5
  }

  @Test func sayingVerbsAgree() {
    var comparisons = 0
    for text in OracleCorpus.paragraphs + OracleCorpus.sentences(5_000) {
      comparisons += expectAgree(text)
      for part in text.split(whereSeparator: { $0 == "«" || $0 == "»" }).prefix(20) {
        comparisons += expectAgree(String(part))
      }
    }
    for verb in Self.verbs {
      for form in [verb, verb.uppercased(), verb.prefix(1).uppercased() + verb.dropFirst()] {
        for elision in ["", "s’", "l'", "D’", "s’l’", "qu’"] {
          comparisons += expectAgree(", " + elision + form + " le directeur")
        }
      }
    }
    var random = SplitMix(state: 31)
    for _ in 0..<30_000 {
      comparisons += expectAgree(OracleCorpus.randomText(Self.pieces, &random, count: 12))
    }
    #expect(comparisons > 150_000)
  }
}
