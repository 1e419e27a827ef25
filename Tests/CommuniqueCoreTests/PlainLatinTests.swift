import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `isPlainLatin` (eight bytes at a time), `plainLatinCount` and `characterCount` (bytes for
/// plain Latin text) against plain definitions on random texts.
@Suite struct PlainLatinTests {
  private static let pieces: [String] = [
    "a", "Z", " ", "\r", "\n", "é", "ÿ", "ʼ", "\u{301}", "\u{2009}", "\u{200D}", "\u{200C}",
    "\u{2000}", "€", "—", "«", "»", "’", "Ω", "\u{202F}", "👍", "abcdefgh", "0123456789",
  ]

  /// Every scalar below U+0300 or in U+2002–U+20BF but the joiners, and no carriage return.
  private static func isPlainLatinByDefinition(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      (scalar.value < 0x300 && scalar != "\r")
        || ((0x2002...0x20BF).contains(scalar.value) && scalar != "\u{200C}"
          && scalar != "\u{200D}")
    }
  }

  @Test func plainLatinAndCharacterCountAgreeWithTheirDefinitions() {
    var random = SplitMix(state: 7)
    var plain = 0
    for _ in 0..<20_000 {
      let count = Int.random(in: 0...20, using: &random)
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
      #expect(text.isPlainLatin == Self.isPlainLatinByDefinition(text), "\(text.debugDescription)")
      #expect(text.characterCount == text.count, "\(text.debugDescription)")
      #expect(
        text.plainLatinCount
          == (Self.isPlainLatinByDefinition(text) ? text.unicodeScalars.count : nil),
        "\(text.debugDescription)")
      if text.isPlainLatin { plain += 1 }
    }
    #expect(plain > 1_000)
  }
}
