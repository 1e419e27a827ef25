import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// `ScalarText`'s decoder and `SpanBuilder` against the code they replace
/// (`ScalarTextOracle`, `SpanBuilderOracle`): the fold of every scalar; the decoding of every
/// line and paragraph of the fixtures, the sample releases and the generated releases of
/// `/tmp/bench100` when it is there, and of random texts; the spans of every parsed release
/// of those folders and of random paragraphs with random quotes, names and contacts.
@Suite struct SpanStageOracleTests {
  /// Pieces beyond the vocabulary: capitals, accents, marks that join characters, emoji, CR
  /// LF, e-mail addresses and phone numbers.
  private static let pieces = [
    "ÉCOLE", "Œuvre", "œ", "ŒIL", "Ÿ", "ÿ", "ĸ", "İ", "ı", "ǅ", "Ǆ", "ß", "ẞ", "Ω", "Σ", "ς",
    "Привет", "ΑΒΓ", "\u{0301}", "e\u{0301}", "E\u{0300}", "👍", "👩‍👩‍👧", "🇫🇷", "\r\n", "\r",
    "\u{200D}", "\u{00A0}", "\u{202F}", "’", "“", "”", "–", "—", "…", "\u{2028}", "ﬁ",
    "jean.dupont@iom.int", "a@b", "@", "+41 22 717 91 11", "+221 33 869 62 00", "0123456789",
    "12 34 56 78", "(0)22", "2019", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Zz@Aa", "«", "»", "« ", " »",
    "OIM", "IOM", "HCR", "William Lacy Swing", "Organisation internationale pour les migrations",
  ]

  /// Every text to decode: the corpus' lines and paragraphs, and each file whole.
  private static let texts: [String] =
    OracleCorpus.paragraphs + OrganisationStageOracleTests.corpus

  // MARK: Decoding

  @Test func foldAgreesOnEveryScalar() {
    var comparisons = 0
    var differences: [UInt32] = []
    for value in UInt32(0)...0x10_FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if ScalarText.fold(scalar) != ScalarTextOracle.fold(scalar) { differences.append(value) }
      comparisons += 1
    }
    #expect(differences.isEmpty, "\(differences.prefix(20))")
    #expect(comparisons > 1_000_000)
  }

  /// Compares the decoding of `text`; returns how many comparisons were made.
  private func expectSameDecoding(_ text: String) -> Int {
    let found = ScalarText.decode(text)
    let expected = ScalarTextOracle.decode(text)
    #expect(found.scalars == expected.scalars, "\(text.debugDescription)")
    #expect(found.folded == expected.folded, "\(text.debugDescription)")
    return 1
  }

  @Test func decodingAgreesOnTheCorpusAndRandomTexts() {
    var comparisons = 0
    for text in Self.texts + OracleCorpus.sentences(5_000) {
      comparisons += expectSameDecoding(text)
    }
    var random = SplitMix(state: 23)
    for _ in 0..<30_000 {
      comparisons += expectSameDecoding(OracleCorpus.randomText(Self.pieces, &random, count: 40))
    }
    // Every length around the eight-byte blocks, with a non-ASCII byte at every place.
    for length in 0..<20 {
      for place in 0...length {
        for piece in ["é", "Œ", "👍", "’", "A", "\r\n"] {
          let letters = String(repeating: "Ab", count: length).prefix(length)
          comparisons += expectSameDecoding(
            String(letters.prefix(place)) + piece + String(letters.dropFirst(place)))
        }
      }
    }
    #expect(comparisons > 30_000)
  }

  // MARK: Spans

  /// Compares the spans of `paragraphs`; returns how many comparisons were made.
  private func expectSameSpans(
    _ paragraphs: [String], organisations: [Organisation], people: [Person]
  ) -> Int {
    var texts = CharacterParagraphs(paragraphs)
    let extents = QuoteExtractor.extents(&texts)
    let scalarParagraphs = paragraphs.map(ScalarText.init)
    let found = SpanBuilder.build(
      paragraphs: scalarParagraphs, quoteExtents: extents, organisations: organisations,
      people: people)
    let expected = SpanBuilderOracle.build(
      paragraphs: scalarParagraphs, quoteExtents: extents, organisations: organisations,
      people: people)
    #expect(found.spans == expected.spans, "\(paragraphs)")
    #expect(found.mentions == expected.mentions, "\(paragraphs)")
    return 1
  }

  @Test func spansAgreeOnParsedReleases() {
    var comparisons = 0
    for text in OrganisationStageOracleTests.corpus where text.contains("\n") {
      let release = ReleaseParser.parse(
        decoded: TextDecoder.decode(Array(text.utf8)), id: "", sourcePath: "")
      comparisons += expectSameSpans(
        release.paragraphs.map(\.text), organisations: release.organisations,
        people: release.people)
    }
    #expect(comparisons > 100)
  }

  @Test func spansAgreeOnRandomParagraphs() {
    let organisations = [
      Organisation(
        name: "Organisation internationale pour les migrations", acronym: "OIM",
        aliases: ["IOM"]),
      Organisation(name: "Haut-Commissariat des Nations Unies pour les réfugiés", acronym: "HCR"),
      Organisation(name: "Fonds des Nations Unies pour l’enfance", acronym: "UNICEF"),
      Organisation(name: "Œuvre d’Orient", acronym: nil, aliases: ["ŒIL", "É2"]),
    ]
    let people = [
      Person(name: "William Lacy Swing", role: nil), Person(name: "Swing", role: nil),
      Person(name: "Carmela Godeau", role: "Directrice"), Person(name: "Şerife", role: nil),
    ]
    var random = SplitMix(state: 29)
    var comparisons = 0
    for _ in 0..<10_000 {
      let paragraphs = (0..<(1 + random.below(5))).map { _ in
        OracleCorpus.randomText(Self.pieces, &random, count: 30)
      }
      comparisons += expectSameSpans(paragraphs, organisations: organisations, people: people)
    }
    #expect(comparisons >= 10_000)
  }
}
