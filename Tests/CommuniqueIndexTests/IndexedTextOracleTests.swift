import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueIndex

/// The byte tokenizer and the byte-keyed word forms give exactly what the scalar tokenizer and
/// the `String`-keyed cache gave (`IndexedTextOracle`): on every scalar, on random text, on the
/// fixtures and samples, word by word and column by column.
@Suite struct IndexedTextOracleTests {
  /// Every scalar of the first two planes and the tags plane, and every sixteenth of planes 2
  /// and 3 (ideographs alike), alone, inside a word, after a word and before one.
  @Test func everyScalarInEveryPlace() {
    let values =
      Array(UInt32(0x80)..<0x20000) + Array(stride(from: UInt32(0x20000), to: 0x40000, by: 16))
      + Array(UInt32(0xE0000)..<0xE1000)
    var compared = 0
    for value in values {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = String(scalar)
      for text in [
        character, "ab\(character)cd", "ab\(character)", "\(character)cd", "1\(character)",
      ] {
        #expect(
          SearchTokenizer.words(text) == IndexedTextOracle.words(text),
          "U+\(String(value, radix: 16))")
        compared += 1
      }
    }
    #expect(compared > 500_000)
  }

  /// Random text from letters, accents, combining marks, ligatures, apostrophes, spaces,
  /// digits, symbols and scripts beyond Latin.
  @Test func randomText() {
    let pieces: [String] = [
      "migrants", "OIM", "l’", "d'", "Œuvre", "œ", "æ", "ß", "ẞ", "ﬁ", "ﬀ", "É", "é", "e\u{301}",
      "\u{301}", "\u{308}", "\u{345}", "×", "÷", "½", "²", "Ⅻ", "\u{A0}", "\u{202F}", "–", "—",
      "…", "«", "»", " ", "-", "’", "‘", "ʼ", "İ", "ı", "Ø", "ł", "Ǆ", "ǅ", "Ａ", "ｂ", "Ω", "Я",
      "مرحبا", "中文", "🌍", "👩‍👩‍👧", "\u{200D}", "\u{FE0F}", "9", "3,5", "\t", "\n", "A", "z",
      "ÇA", "Straße", "ǰ", "ﬆ", "\u{1E9E}", "\u{2160}", "٣", "१", "\u{94D}", "क",
    ]
    var generator = SplitMix(state: 20_261_201)
    for _ in 0..<20_000 {
      var text = ""
      for _ in 0..<Int.random(in: 1...12, using: &generator) {
        text += pieces.randomElement(using: &generator)!
      }
      #expect(
        SearchTokenizer.words(text) == IndexedTextOracle.words(text), "\(text.debugDescription)")
    }
  }

  /// The fixtures and samples, parsed: the tokenizer's words, then the indexed columns and the
  /// new vocabulary of each release, one cache shared by all as in a batch.
  @Test func fixturesAndSamples() throws {
    var files: [[UInt8]] = []
    for folder in [Fixtures.folder, Fixtures.content] {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      for name in names where name.hasSuffix(".txt") {
        files.append([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
      }
    }
    #expect(files.count > 50)
    let forms = WordForms()
    let oracleForms = IndexedTextOracle.Forms()
    for bytes in files {
      let text = TextDecoder.decode(bytes).text
      #expect(SearchTokenizer.words(text) == IndexedTextOracle.words(text))
      let release = ReleaseParser.parse(bytes: bytes, sourcePath: "fixture.txt")
      let indexed = IndexedText(release, forms: forms)
      let oracle = IndexedTextOracle.indexedText(release, forms: oracleForms)
      #expect(indexed.values == oracle.values)
      #expect(indexed.vocabulary == oracle.vocabulary)
    }
  }
}
