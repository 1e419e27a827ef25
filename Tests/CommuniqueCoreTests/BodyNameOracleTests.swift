import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `BodyName.parts(of:)` gives what it gave before it searched the heads in one walk
/// (`BodyNameOracle`): on every body name the scanners find in the corpus, on every tail of
/// those names, and on random names built from institution nouns, joins and lexicon words.
@Suite struct BodyNameOracleTests {
  /// The names the body scanners find in `text`, and each of their tails from a space on.
  private static func names(in text: String) -> [String] {
    OrganisationExtractor.bodyScanners.matches(in: text).flatMap { match -> [String] in
      let name = String(text[match.range])
      let tails = name.indices.filter { name[$0] == " " }.map { String(name[$0...].dropFirst()) }
      return [name] + tails
    }
  }

  @Test func corpusBodyNamesSplitAsBefore() {
    var comparisons = 0
    for text in OrganisationStageOracleTests.corpus {
      for name in Self.names(in: text) {
        #expect(BodyName.parts(of: name) == BodyNameOracle.parts(of: name), "\(name)")
        comparisons += 1
      }
    }
    #expect(comparisons > 5_000)
  }

  @Test(arguments: 0..<6)
  func randomNamesSplitAsBefore(seed: Int) {
    var random = SplitMix(state: UInt64(seed) &* 0xD6E8_FEB8_6659_FD93 &+ 3)
    let joins = [" du ", " de la ", " de l’", " de l'", " des ", " et ", " et du ", " en ", " "]
    let nouns = InstitutionNouns.opening + ["gouvernements", "OIM", "USAID", "Nations Unies"]
    for _ in 0..<2_000 {
      var name = nouns[random.below(nouns.count)]
      for _ in 0..<random.below(5) {
        name += joins[random.below(joins.count)]
        name +=
          random.below(2) == 0
          ? nouns[random.below(nouns.count)]
          : OrganisationStageOracleTests.randomText(&random, words: 1 + random.below(3))
      }
      #expect(BodyName.parts(of: name) == BodyNameOracle.parts(of: name), "\(name)")
    }
  }

  @Test func theComparisonCanFail() {
    let name = "Département de la lutte du Ministère de l’intérieur"
    #expect(BodyName.parts(of: name) == ["Département de la lutte", "Ministère de l’intérieur"])
    #expect(BodyName.parts(of: name) != BodyNameOracle.parts(of: "Département de la lutte"))
  }
}
