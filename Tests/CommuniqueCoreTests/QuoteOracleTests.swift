import Testing

@testable import CommuniqueCore

/// The quote stage's scanners against the regular expressions and the code they replace.
struct QuoteOracleTests {
  // MARK: Title nouns

  private func expectTitleNounsAgree(_ text: String) {
    let window = text.trimmingWhiteSpace().unicodeScalars.suffix(32)
    let expected = QuoteExtractor.titleNouns.isMatch(String(String.UnicodeScalarView(window)))
    if let found = TitleNouns.endsWithNoun(Array(window)) {
      #expect(found == expected, "\(text.debugDescription)")
    }
  }

  @Test func titleNounsAgreeOnTheCorpus() {
    for text in OracleCorpus.paragraphs + OracleCorpus.sentences(5_000) {
      // Where `QuoteExtractor` cuts: before each «, and now and then elsewhere.
      let scalars = Array(text.unicodeScalars)
      for cut in scalars.indices where scalars[cut] == "«" || cut % 37 == 0 {
        expectTitleNounsAgree(String(String.UnicodeScalarView(scalars[..<cut])))
      }
      expectTitleNounsAgree(text)
    }
  }

  @Test func titleNounsAgreeOnEveryNounAndCase() {
    let nouns = TitleNouns.pieces.flatMap { piece -> [String] in
      piece.hasSuffix("e?") ? [String(piece.dropLast(2)), String(piece.dropLast(1))] : [piece]
    }
    let ends = ["", " ", "\u{00A0}", "\n", " \t ", ".", " :", "\u{202F}", "\u{2028}", "\u{85}"]
    for noun in nouns {
      for form in [noun, noun.uppercased(), noun.capitalized, "x" + noun, String(noun.dropFirst())]
      {
        for end in ends {
          for opening in ["le ", "du « ", "L’", "", "ÉTUDE "] {
            expectTitleNounsAgree(opening + form + end)
          }
        }
      }
    }
    #expect(TitleNouns.endsWithNoun(Array("le RAPPORT ".unicodeScalars)) == true)
    #expect(TitleNouns.endsWithNoun(Array("la réunion".unicodeScalars)) == false)
    #expect(TitleNouns.endsWithNoun(Array("la ﬁlm".unicodeScalars)) == nil)
  }

  // MARK: Words

  @Test func wordCountsAgree() {
    for text in OracleCorpus.paragraphs.prefix(3_000) + OracleCorpus.sentences(3_000) {
      let words = text.split(whereSeparator: { $0.isWhitespace }).count
      let spaced = text.split(separator: " ").count
      for count in [0, 1, 4, 8, 9] {
        #expect(text.hasWords(count, separatedBy: { $0.isWhitespace }) == (words >= count))
        #expect(text.hasWords(count, separatedBy: { $0 == " " }) == (spaced >= count))
      }
    }
  }

  // MARK: Extents

  private func expectSameExtents(_ paragraphs: [String]) {
    var texts = CharacterParagraphs(paragraphs)
    let found = QuoteExtractor.extents(&texts)
    let expected = QuoteExtentsOracle.extents(paragraphs)
    let describe = { (extents: [QuoteExtractor.Extent]) in
      extents.map { "\($0.startParagraph):\($0.start)-\($0.endParagraph):\($0.end)" }
    }
    #expect(describe(found) == describe(expected), "\(paragraphs)")
    for extent in found {
      for paragraph in [extent.startParagraph, extent.endParagraph] {
        let count = Array(paragraphs[paragraph]).count
        #expect(texts.count(of: paragraph) == count)
        let offsets = paragraph == extent.startParagraph ? extent.start..<count : 0..<extent.end
        guard offsets.lowerBound <= offsets.upperBound else { continue }
        #expect(
          texts.text(paragraph, offsets)
            == QuoteExtentsOracle.text(paragraphs[paragraph], offsets))
      }
    }
  }

  @Test func extentsAgreeOnTheCorpus() {
    for document in OracleCorpus.documents { expectSameExtents(document) }
  }

  @Test func extentsAgreeOnRandomDocuments() {
    var generator = OracleRandom(seed: 7)
    let sentences =
      OracleCorpus.sentences(6_000, seed: 11) + [
        "« ouvre", "ferme »", "«\u{301} accent", "» «", "« « » »", "e\u{301} « x »", "",
      ]
    for _ in 0..<1_500 {
      let count = Int.random(in: 1...6, using: &generator)
      expectSameExtents((0..<count).map { _ in sentences.randomElement(using: &generator)! })
    }
  }
}
