import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `ParagraphBytes` against the code `SpanBuilder` ran before: `PhoneNumber`'s prerequisite,
/// and the e-mail and phone searches it skips.
struct ParagraphBytesOracleTests {
  /// `PhoneNumber.hasLongDigitRun` as it was written, the oracle of `mayHoldPhoneNumber`.
  private static func hasLongDigitRun(_ text: String) -> Bool {
    var digits = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits += 1
        if digits >= 8 { return true }
      case 0x09...0x0D, UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "."),
        UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), 0x80...:
        continue
      default: digits = 0
      }
    }
    return false
  }

  /// Pieces that make phone numbers, e-mail addresses, and characters of several scalars.
  private static let pieces = [
    "+41 22 717 91 11", "00 218 91 383 2596", "(0)22 717", "+ 221-33.869.62.00", "12345678",
    "1234567", "@", "a.b@iom.int", "x@y", "\r\n", "\r", "\u{0301}", "e\u{0301}", "👍", "👍🏽",
    "👩‍👩‍👧", "🇫🇷", "\u{200D}", "\u{200C}", "\u{0600}1", "©\u{200D}©", "\u{02FF}", "\u{0300}",
    "ǅ", "İ", "\u{00A0}", "\u{202F}", "’", "«", "»", "한", "\u{1100}\u{1161}", "क्ष", "\u{00AD}",
  ]

  /// One random text: corpus words and the pieces above, with marks between.
  private static func randomText(_ random: inout SplitMix) -> String {
    var text = ""
    for index in 0..<(1 + random.below(30)) {
      if index > 0 { text += OracleCorpus.marks[random.below(OracleCorpus.marks.count)] }
      text +=
        random.below(3) == 0
        ? pieces[random.below(pieces.count)]
        : OracleCorpus.vocabulary[random.below(OracleCorpus.vocabulary.count)]
    }
    return text
  }

  /// Compares on `text`; returns how many comparisons were made.
  @discardableResult
  private func expectAgree(_ text: String) -> Int {
    var copy = text
    let bytes = copy.withUTF8 { ParagraphBytes($0) }
    #expect(bytes.mayHoldPhoneNumber == Self.hasLongDigitRun(text), "\(text.debugDescription)")
    #expect(bytes.hasAt == text.utf8.contains(0x40), "\(text.debugDescription)")
    if !bytes.hasAt { #expect(ContactsOracle.email.matches(in: text).isEmpty) }
    if !bytes.mayHoldPhoneNumber { #expect(PhoneNumber.matches(in: text).isEmpty) }
    return 1
  }

  @Test func agreesOnTheCorpusAndRandomTexts() {
    var comparisons = 0
    for text in OracleCorpus.paragraphs + OracleCorpus.sentences(5_000) {
      comparisons += expectAgree(text)
    }
    var random = SplitMix(state: 11)
    for _ in 0..<5_000 {
      comparisons += expectAgree(OracleTextGenerator.text(using: &random))
      comparisons += expectAgree(Self.randomText(&random))
    }
    for piece in Self.pieces {
      for other in Self.pieces {
        comparisons += expectAgree(piece + other)
        comparisons += expectAgree("a" + piece + " " + other + "é")
      }
    }
    #expect(comparisons > 15_000)
  }
}
