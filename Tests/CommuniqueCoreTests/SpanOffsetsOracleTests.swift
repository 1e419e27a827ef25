import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// Two shortcuts of `SpanBuilder` give what the code they replace gave: the phone numbers
/// found stretch by stretch against the pattern run on the whole text, and the character
/// offsets of a plain Latin text (typographic apostrophes and quotes included) against a walk
/// over its characters; on the corpus, on random sentences, and on random texts of digits,
/// separators, letters, no-break spaces, other scripts' digits, combining marks and emoji.
@Suite struct SpanOffsetsOracleTests {
  /// The phone number pattern as `PhoneNumber` held it, run on the whole text.
  static let wholeTextPattern = Pattern(#"(?:\+|\b00)?\s?(?:\(0\)\s?)?\d[\d \x{00A0}.\-()]{5,}\d"#)

  /// `PhoneNumber.matches(in:)` as it was: the pattern on the whole text, each match trimmed
  /// of its leading white space and kept with eight ASCII digits or more.
  static func wholeTextMatches(in text: String) -> [Range<String.Index>] {
    wholeTextPattern.matches(in: text).compactMap { match in
      var range = match.range
      while range.lowerBound < range.upperBound, text[range.lowerBound].isWhitespace {
        range = text.index(after: range.lowerBound)..<range.upperBound
      }
      return PhoneNumber.digitCount(text[range]) >= 8 ? range : nil
    }
  }

  /// The pieces random texts are made of: what a number holds, what cuts one, and what may
  /// stand beside one.
  static let pieces = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "00", "33", "218", " ", " ", "\u{00A0}",
    ".", "-", "(", ")", "(0)", "+", "\t", "\n", "\r\n", "a", "Tél", "x", "_", ":", ",", "/",
    "é", "’", "«", "»", "\u{0663}", "\u{0664}", "1\u{0301}", "\u{1F4DE}", "\u{202F}", "OIM",
  ]

  static func randomText(_ generator: inout SplitMix) -> String {
    var text = ""
    for _ in 0..<(1 + generator.below(80)) {
      text += pieces[generator.below(pieces.count)]
      if generator.below(4) == 0 { text += String(repeating: "7", count: generator.below(12)) }
    }
    return text
  }

  /// The corpus, random sentences and random texts.
  static let texts: [String] = {
    var texts = OracleCorpus.paragraphs + OracleCorpus.sentences(2_000)
    texts += [
      "Tél. : +33 1 23 45 67 89 ou 00 218 91 234 5678, mobile (0)6 12 34 56 78.",
      "A00 218 91 234 5678 et x 00218912345678",
      "Appelez le 0612345678\u{00A0}; fax 01.23.45.67.89",
      "\u{0663}\u{0664}\u{0665}\u{0666}\u{0667}\u{0668}\u{0669}\u{0660} 12345678",
      "1\u{0301}2345678 puis 12345678\u{0301}", "",
    ]
    var generator = SplitMix(state: 23)
    for _ in 0..<4_000 { texts.append(randomText(&generator)) }
    return texts
  }()

  @Test func phoneNumbersAreFoundAsInTheWholeText() {
    var compared = 0
    var found = 0
    for text in Self.texts {
      let matches = PhoneNumber.matches(in: text)
      #expect(matches == Self.wholeTextMatches(in: text), "\(text.debugDescription)")
      compared += 1
      found += matches.count
    }
    #expect(compared > 6_000)
    #expect(found > 500)
  }

  /// The scalar offset of each character of `text` and of its end, walked character by
  /// character.
  static func characterOffsets(_ text: String) -> [Int] {
    var offsets = [0]
    for character in text {
      offsets.append(offsets[offsets.count - 1] + character.unicodeScalars.count)
    }
    return offsets
  }

  @Test func characterOffsetsAreTheCharacters() {
    var texts = Self.texts
    texts += [
      "l’OIM « ici » – 20\u{2009}% …", "e\u{0301}cole", "a\u{200D}b", "a\u{200C}b", "\u{2000}x",
      "ligne\r\nsuivante", "\u{1F468}\u{200D}\u{1F469}", "\u{20AC} 5 \u{20BF}",
    ]
    var compared = 0
    for text in texts {
      let expected = Self.characterOffsets(text)
      let offsets = CharacterScalarOffsets(ScalarText(text))
      #expect(offsets.count == expected.count - 1, "\(text.debugDescription)")
      guard offsets.count == expected.count - 1 else { continue }
      for index in expected.indices where offsets.scalarOffset(of: index) != expected[index] {
        Issue.record("offset \(index) of \(text.debugDescription)")
        break
      }
      compared += 1
    }
    #expect(compared > 6_000)
  }
}
