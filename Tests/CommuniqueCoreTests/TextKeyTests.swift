import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `TextKey` hashes as `String` hashes and is equal where `String`s are equal (canonical
/// equivalence), on the corpus' words and word pairs, random words of the lexicons with
/// elisions, combining marks, emoji and decomposed letters, and the lexicons' names.
@Suite struct TextKeyTests {
  /// The strings to compare: the words and word pairs of the corpus and of random texts, the
  /// gazetteer's and lexicon's names, and strings equal to others only canonically.
  static let strings: [String] = {
    var strings = [
      "é", "e\u{301}", "É", "E\u{301}", "’", "'", "ﬁ", "fi", "Å", "\u{212B}", "A\u{30A}",
      "l’e\u{301}tat", "l’état", "\u{1F}", "ǅ", "İ", "i\u{307}", "ồ", "o\u{302}\u{300}",
      "o\u{300}\u{302}", "ò\u{302}", "", "\u{0345}", "\u{2019}\u{301}", "e\u{2019}\u{301}",
    ]
    var generator = SplitMix(state: 17)
    var texts = OrganisationLookupOracleTests.texts
    for _ in 0..<3_000 {
      texts.append(OrganisationStageOracleTests.randomText(&generator, words: 6))
    }
    for text in texts {
      let words = text.split(separator: " ").map(String.init)
      strings += words
      strings += zip(words, words.dropFirst()).map { $0 + " " + $1 }
    }
    strings += OrganisationExtractor.spelledOutNeedles
    return strings
  }()

  @Test func keysHashAndCompareAsStrings() {
    var comparisons = 0
    for string in Self.strings {
      let key = TextKey(string)
      #expect(key.hashValue == string.hashValue, "\(string)")
      let lower = TextKey(string.lowercased())
      #expect((key == lower) == (string == string.lowercased()), "\(string)")
      comparisons += 2
    }
    // Each string against its neighbours, and the canonically equal pairs.
    for (left, right) in zip(Self.strings, Self.strings.dropFirst()) + [
      ("é", "e\u{301}"), ("l’état", "l’e\u{301}tat"), ("Å", "\u{212B}"), ("Å", "A\u{30A}"),
      ("ồ", "o\u{302}\u{300}"), ("ò\u{302}", "ồ"),
    ] {
      #expect((TextKey(left) == TextKey(right)) == (left == right), "\(left) \(right)")
      if left == right { #expect(TextKey(left).hashValue == TextKey(right).hashValue) }
      comparisons += 1
    }
    #expect(comparisons > 100_000)
  }
}
