import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// The byte passes of `PlainLatinTypography` against the character passes of `Typography`,
/// an independent implementation of the same rules, on random plain Latin texts made of the
/// characters the rules look at.
@Suite struct PlainLatinTypographyTests {
  /// The pieces random texts are made of: spaces of every kind, quotes, guillemets, French
  /// punctuation, letters with and without accents, digits and brackets.
  private static let pieces: [String] = [
    " ", "  ", "\u{A0}", "\u{202F}", "\u{2009}", "\u{85}", "\t", "\n", "\u{2028}", "\"", "“", "”",
    "«", "»", "« ", " »", ":", ";", "!", "?", " :", "?!", ")", "(", "a", "Bé", "OIM", "ç", "9",
    "’", "'", "–", "ª", "ⁿ", "€", ".", ",", "mot", "Élan",
  ]

  private static func randomText(_ random: inout SplitMix) -> String {
    let count = Int.random(in: 0...14, using: &random)
    return (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  @Test func bytePassesMatchCharacterPasses() {
    var random = SplitMix(state: 2026_12_01)
    var compared = 0
    for _ in 0..<20_000 {
      let text = Self.randomText(&random)
      guard text.isPlainLatin else { continue }
      #expect(
        PlainLatinTypography.clean(text) == Typography.cleanCharacters(text),
        "\(text.debugDescription)")
      #expect(
        PlainLatinTypography.collapseSpaces(text) == Typography.collapseCharacterSpaces(text),
        "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 19_000)
  }

  @Test(arguments: [
    ("« Bonjour »", "«\u{A0}Bonjour\u{A0}»"),
    ("dit : \"oui\" ?", "dit\u{A0}: «\u{A0}oui\u{A0}»\u{202F}?"),
    ("« »", "«»"),
    ("“Aide” et «\u{A0}soutien\u{A0}»", "“Aide” et «\u{A0}soutien\u{A0}»"),
  ])
  func bytePassesClean(input: String, expected: String) {
    #expect(PlainLatinTypography.clean(input) == expected)
  }
}
