import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// `LiteralSet`'s scan (eight bytes at a time when the literals open with at most three
/// bytes) and `PhoneNumber.digitCount` (on the bytes) against the code they replace
/// (`ByteScanOracle`), on the corpus, on random sentences and on random texts of the bytes
/// next to the ones they look for; `ByteWord`'s letter and digit marks byte by byte.
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

  /// `LowercasedOpening` turns a text away only when its lower-cased form opens with none of
  /// the openings: on texts that open with them in every case, after the bytes and scalars
  /// that lower-case oddly (`İ`, the Kelvin sign, `ǅ`), and on the random texts.
  @Test func lowercasedOpeningTurnsAwayOnlyWhatOpensWithNone() {
    let openings = [
      "allocution", "déclaration d’", "par ", "photo", "crédit", "illustration :", "remarks",
      "image :", "statement",
    ]
    let initials = LowercasedOpening.initials(of: openings)
    var random = SplitMix(state: 43)
    var texts = Self.texts
    for _ in 0..<20_000 {
      var opening = openings[random.below(openings.count)]
      opening = [opening, opening.uppercased(), opening.capitalized][random.below(3)]
      let head = ["", "", "İ", "\u{212A}", "ǅ", " ", "É", "\u{301}", "@", "["][random.below(10)]
      texts.append(head + opening + OracleCorpus.randomText(Self.pieces, &random, count: 4))
    }
    var admitted = 0
    for text in texts {
      let lower = text.lowercased()
      if openings.contains(where: { lower.hasPrefix($0) }) {
        #expect(LowercasedOpening.mayOpen(text, with: initials), "\(text.debugDescription)")
        admitted += 1
      }
    }
    #expect(admitted > 4_000)
    #expect(LowercasedOpening.mayOpen("x", with: LowercasedOpening.initials(of: ["1er", "a"])))
  }

  /// `ByteWord.letters(in:)` and `digits(in:)` mark exactly the ASCII letters and digits:
  /// every byte value at every place of a word, among random neighbours.
  @Test func wordClassesMarkExactly() {
    var random = SplitMix(state: 44)
    for _ in 0..<4 {
      for value in 0..<256 {
        for place in 0..<8 {
          var bytes = (0..<8).map { _ in UInt8(random.below(256)) }
          bytes[place] = UInt8(value)
          let word = bytes.withUnsafeBufferPointer { ByteWord.load($0, at: 0) }
          func marks(_ holds: (UInt8) -> Bool) -> UInt64 {
            bytes.indices.reduce(0) { $0 | (holds(bytes[$1]) ? 0x80 << (8 * UInt64($1)) : 0) }
          }
          #expect(ByteWord.letters(in: word) == marks { $0 < 0x80 && ($0 | 0x20) &- 0x61 < 26 })
          #expect(ByteWord.digits(in: word) == marks { $0 &- 0x30 < 10 })
        }
      }
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
