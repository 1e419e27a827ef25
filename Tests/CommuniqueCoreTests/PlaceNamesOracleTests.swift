import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `PlaceNames.contains` against the character test it reads on the first byte first
/// (`placeNamesContains`): the same answer on every place, on each in other cases, with
/// marks that join its first letter, and on the words and random texts of the corpus.
struct PlaceNamesOracleTests {
  /// `PlaceNames.contains` as it was: the first character's case read on the character.
  private static func placeNamesContains(_ name: String) -> Bool {
    let folded = name.containsText("'") ? name.replacingOccurrences(of: "'", with: "’") : name
    if PlaceNames.all.contains(folded) { return true }
    guard let first = folded.first, first.isLowercase else { return false }
    return PlaceNames.all.contains(first.uppercased() + folded.dropFirst())
  }

  /// Pieces that join a first letter or change its case.
  private static let pieces = [
    "\u{0301}", "\u{0345}", "\u{0300}", "\u{200D}", "\u{00A0}", "’", "'", "-", " ", "İ", "ı",
    "ǅ", "ß", "Σ", "ς", "Œ", "œ", "É", "é", "A", "a", "Z", "z", "1", "👍", "ﬁ",
  ]

  private func expectAgree(_ text: String) -> Int {
    #expect(
      PlaceNames.contains(text) == Self.placeNamesContains(text), "\(text.debugDescription)")
    return 1
  }

  @Test func agreesOnPlacesAndTheirCases() {
    var comparisons = 0
    for place in PlaceNames.all {
      for form in [place, place.lowercased(), place.uppercased(), "a" + place, "A" + place] {
        comparisons += expectAgree(form)
      }
      for mark in Self.pieces {
        comparisons += expectAgree(String(place.prefix(1)) + mark + place.dropFirst())
        comparisons += expectAgree(String(place.prefix(1)).lowercased() + mark + place.dropFirst())
      }
    }
    #expect(comparisons > 1_000)
  }

  @Test func agreesOnTheCorpusAndRandomTexts() {
    var comparisons = 0
    for text in OracleCorpus.paragraphs {
      for word in text.split(separator: " ") { comparisons += expectAgree(String(word)) }
    }
    var random = SplitMix(state: 17)
    let pieces = Self.pieces + Array(PlaceNames.all.sorted().prefix(200))
    for _ in 0..<20_000 {
      comparisons += expectAgree(OracleCorpus.randomText(pieces, &random, count: 4))
    }
    #expect(comparisons > 20_000)
  }

  @Test(arguments: [
    "", "A", "a", "A\u{0301}", "a\u{0345}", "1\u{0345}", "Z\u{0345}", "france", "France",
    "FRANCE", "côte d'ivoire", "Côte d'Ivoire", "Côte d’Ivoire", "\u{00A0}France", "É", "é",
  ])
  func agreesOnShapes(text: String) {
    _ = expectAgree(text)
  }
}
