import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `LiteralSet`'s scan (eight bytes at a time when the literals open with at most three
/// bytes) and `PhoneNumber.digitCount` (on the bytes) against the code they replace
/// (`ByteScanOracle`): on the corpus, on random sentences and on random texts of the bytes
/// next to the ones they look for.
struct ByteScanOracleTests {
  /// Sets of one to five first bytes, literals sharing a first byte, ASCII and not.
  private static let literalSets: [[String]] = [
    ["Photo", "Crédit", "©"], ["©"], ["a"], ["ab", "ac"], ["é", "è", "ê"], ["Ã", "Â", "â", "Å"],
    ["P", "Q", "R", "S"], ["de", "du", "des", "la", "le"], ["\n"], ["«", "»"], ["’", "'"],
    ["aa"], ["Photo :", "Photo:", "©"],
  ]

  /// Pieces with the literals' bytes, their neighbours, and the marks around digits.
  private static let pieces: [String] = [
    "Photo", "Phot", "Crédit", "Crédi", "Cr", "©", "\u{00A9}", "\u{00C2}", "\u{00E2}", "Ã©",
    "a", "aa", "ab", "ac", "é", "è", "ê", "e\u{301}", "P", "Q", "R", "S", "de", "du", "d",
    "«", "»", "’", "'", "\n", "\r\n", "0", "1", "9", "/", ":", "12 34 56 78", "+33 1 23",
    "\u{00A0}", "\u{202F}", "1\u{301}", "2\u{20E3}", "3\u{FE0F}\u{20E3}", "\u{0600}4",
    "\u{0661}", "\u{FF11}", "\u{200D}", "5\u{200D}", "👍", "👍🏽", "\u{0300}", "\u{02FF}",
    "\u{0385}", "x", "Z", "(0)",
  ]

  private static var texts: [String] {
    var random = SplitMix(state: 41)
    var texts = OracleCorpus.paragraphs + OracleCorpus.sentences(2_000, seed: 42)
    for _ in 0..<20_000 {
      texts.append(OracleCorpus.randomText(pieces, &random, count: 40, choices: 6))
    }
    texts += ["", "P", "Photo", "1234567", "12345678", String(repeating: "©", count: 17)]
    return texts
  }

  @Test(arguments: literalSets)
  func literalScanAgrees(_ literals: [String]) {
    let set = LiteralSet(literals)
    for text in Self.texts {
      let expected = ByteScanOracle.literalStarts(literals, in: text)
      #expect(set.starts(in: text) == expected, "\(literals) in \(text.debugDescription)")
      #expect(set.occurs(in: text) == !expected.isEmpty, "\(text.debugDescription)")
    }
  }

  @Test func digitCountAgrees() {
    var compared = 0
    for text in Self.texts {
      #expect(
        PhoneNumber.digitCount(text) == ByteScanOracle.digitCount(text), "\(text.debugDescription)")
      // Substrings whose bounds cut a character: a digit before a mark left outside.
      let scalars = text.unicodeScalars
      for cut in [1, 2, 5] where cut < scalars.count {
        let end = scalars.index(scalars.endIndex, offsetBy: -cut)
        let start = scalars.index(after: scalars.startIndex)
        guard start <= end else { continue }
        let slice = text[start..<end]
        #expect(
          PhoneNumber.digitCount(slice) == ByteScanOracle.digitCount(slice),
          "\(slice.debugDescription)")
        compared += 1
      }
      compared += 1
    }
    #expect(compared > 20_000)
  }
}
