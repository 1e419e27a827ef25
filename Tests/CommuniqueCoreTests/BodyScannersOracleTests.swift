import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `BodyScanners`' one walk finds what the five body scanners found each walking alone
/// (`SeparateNameScans`): the same ranges, in the same order, on every paragraph and line of
/// the fixtures, the sample releases and `/tmp/bench100`, and on random texts.
@Suite struct BodyScannersOracleTests {
  /// Each scanner's matches as UTF-8 offsets, read in one walk and in separate ones.
  private static func compare(_ text: String) -> Int {
    let scanners = OrganisationExtractor.bodyScanners
    let fused = scanners.ranges(in: text)
    let separate = [
      scanners.guillemet.separateMatches(in: text), scanners.cluster.separateMatches(in: text),
      scanners.institution.separateMatches(in: text), scanners.national.separateMatches(in: text),
      scanners.bare.separateMatches(in: text),
    ].map { matches in
      matches.map { offset(match: $0.range, in: text) }
    }
    #expect(fused == separate, "\(text.debugDescription)")
    let joined = scanners.matches(in: text).map(\.range)
    #expect(joined == separate.joined().map { text.range(ofUTF8: $0) })
    return separate.joined().count
  }

  /// `range` as UTF-8 offsets in `text`.
  private static func offset(match range: Range<String.Index>, in text: String) -> Range<Int> {
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
    return lower..<(lower + utf8.distance(from: range.lowerBound, to: range.upperBound))
  }

  @Test func corpusParagraphsScanAsBefore() {
    var comparisons = 0
    var matches = 0
    for text in OrganisationStageOracleTests.corpus {
      matches += Self.compare(text)
      comparisons += 1
    }
    #expect(comparisons > 8_000)
    #expect(matches > 1_000)
  }

  @Test(arguments: 0..<8)
  func randomTextsScanAsBefore(seed: Int) {
    var random = SplitMix(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 5)
    var matches = 0
    for index in 0..<2_500 {
      let text =
        index.isMultiple(of: 2)
        ? OracleTextGenerator.text(using: &random)
        : OrganisationStageOracleTests.randomText(&random, words: 1 + random.below(40))
      matches += Self.compare(text)
    }
    #expect(matches > 500)
  }

  /// Long runs of letters before, after and around the literals, which the walk skips eight
  /// bytes at a time.
  @Test func longWordsScanAsBefore() {
    let pieces = [
      "Conseil", "conseil", "Ministère", "ministère", "des", "affaires", "sociales",
      "gouvernement", "libyen", "par", "la", "police", "Cluster", "Abris", "«", "»", " ", " ",
      " ", "-", "’", "abcdefghijklmnop", "ABCDEFGHIJ", "é", "1", "\u{00A0}", "Zz",
    ]
    var random = SplitMix(state: 77)
    var matches = 0
    for _ in 0..<4_000 {
      let text = (0..<(1 + random.below(30))).map { _ in pieces[random.below(pieces.count)] }
      matches += Self.compare(text.joined())
    }
    #expect(matches > 10)
  }

  @Test func theComparisonCanFail() {
    // A walk that skipped the bare bodies would be told apart.
    let text = "Le Ministère des affaires sociales et la police."
    let fused = OrganisationExtractor.bodyScanners.ranges(in: text)
    #expect(fused[2] == [3..<35])
    #expect(fused[4] == [42..<48])
    #expect(fused[4] != [])
  }
}
