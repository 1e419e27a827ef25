import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `OrganisationRegistry.fold` on the bytes gives what the old fold gave
/// (`RegistryFoldOracle`): on every word, pair of words and line of the corpus, on random
/// names from the lexicons' words, and on elisions before every kind of scalar.
@Suite struct RegistryFoldOracleTests {
  /// Compares the fold of `name` with the oracle's.
  static func compare(_ name: String) {
    #expect(OrganisationRegistry.fold(name) == RegistryFoldOracle.fold(name), "\(name)")
  }

  @Test func corpusNamesFoldAsBefore() {
    var count = 0
    for text in OrganisationStageOracleTests.corpus.prefix(4_000) {
      Self.compare(text)
      let words = text.split(separator: " ").map(String.init)
      for (index, word) in words.enumerated() {
        Self.compare(word)
        if index > 0 { Self.compare(words[index - 1] + " " + word) }
        count += 1
      }
    }
    #expect(count > 10_000)
  }

  @Test(arguments: 0..<10)
  func randomNamesFoldAsBefore(seed: Int) {
    var generator = SplitMix(state: UInt64(seed))
    for _ in 0..<2_000 {
      Self.compare(OrganisationStageOracleTests.randomText(&generator, words: generator.below(6)))
    }
  }

  @Test(arguments: ["l’", "L'", "d’", "D'", "qu’", "Qu'", "QU’", "q’", "l", "qu", ""])
  func elisionsFoldAsBefore(elision: String) {
    let tails = [
      "", "’", "'", "OIM", "Union européenne", "\u{301}x", "É", "ÉTAT", "\u{00A0}", "\u{202F}",
      "ﬁn", "ß", "µ", "ÿ", "Ÿ", "İ", "ǅ", "👩‍👩‍👧", "\u{200D}", "«", "–", "…", "e\u{301}",
      "\r\n", "’’", "l’l’", "\u{0}", "\u{7F}", "\u{80}", "×", "Þ", "Ā",
    ]
    for tail in tails {
      Self.compare(elision + tail)
      Self.compare(elision + tail + " des Nations Unies")
      Self.compare(elision + tail.uppercased())
    }
    for value in 0..<0x2100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      Self.compare(elision + String(scalar) + "x")
    }
  }
}
