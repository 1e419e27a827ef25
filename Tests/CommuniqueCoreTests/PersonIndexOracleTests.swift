import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `PersonIndex.mentions(in:)`, read on bytes for plain Latin texts, against the character
/// by character reading it replaces there (`characterMentions(in:)`).
struct PersonIndexOracleTests {
  /// An index of names with letters of every kind, and forms that open with no letter.
  private static let index: PersonIndex = {
    var index = PersonIndex()
    for name in [
      "William Lacy Swing", "Carmela Godeau", "Flavio Di Giacomo", "Mariam", "Jean-Pierre Koffi",
      "Élise Ñúñez", "N’Guessan Koffi", "Şerife Öz", "Emanuela DEL RE", "Ali al-Ahmad",
      "İbrahim Salah", "ǅemal Đorđe", "Roseline", "Anders Holmqvist", "Sidiki KABA",
      "’Abdel Rahman", "1er Ministre", "Œuvre Sœur", "Zoë", "ªna Ømar", "Brigi Rafini",
    ] {
      index.add(name, role: nil)
    }
    return index
  }()

  /// Pieces around names: letters of other scripts, marks, joiners.
  private static let pieces = [
    "Swing", "Godeau", "Giacomo", "Koffi", "Ñúñez", "Öz", "KABA", "’Abdel Rahman", "Zoë", "Ømar",
    "x", "é", "ª", "º", "µ", "ß", "\u{0301}", "\u{200D}", "Ω", "한", "👍", "1", "-", "’", "'",
    "\u{00A0}", "\u{2009}", "\u{2028}", "«", "»", "\r\n", "ǅ", "ʼ", "ˆ", "ˇ", "Ꞌ", "",
  ]

  /// Compares on `text`; returns how many comparisons were made.
  private func expectAgree(_ text: String) -> Int {
    let utf8 = text.utf8
    let read = { (found: [(name: String, offset: String.Index, person: Int)]) in
      found.map { "\($0.name)@\(utf8.distance(from: utf8.startIndex, to: $0.offset))#\($0.person)" }
    }
    #expect(
      read(Self.index.mentions(in: text)) == read(Self.index.characterMentions(in: text)),
      "\(text.debugDescription)")
    #expect(
      PersonIndex.leadingLetters(text) == String(text.prefix(while: \.isLetter)),
      "\(text.debugDescription)")
    return 2
  }

  @Test func agreesOnTheCorpusAndRandomTexts() {
    var comparisons = 0
    for text in OracleCorpus.paragraphs + OracleCorpus.sentences(5_000) {
      comparisons += expectAgree(text)
    }
    var random = SplitMix(state: 3)
    for _ in 0..<10_000 {
      var text = ""
      for _ in 0..<(1 + random.below(16)) {
        text +=
          random.below(2) == 0
          ? Self.pieces[random.below(Self.pieces.count)]
          : OracleCorpus.vocabulary[random.below(OracleCorpus.vocabulary.count)]
        if random.below(3) > 0 {
          text += OracleCorpus.marks[random.below(OracleCorpus.marks.count)]
        }
      }
      comparisons += expectAgree(text)
    }
    for piece in Self.pieces {
      for other in Self.pieces {
        comparisons += expectAgree(piece + "Swing" + other + " Godeau" + piece)
        comparisons += expectAgree("Swing" + piece + other)
      }
    }
    #expect(comparisons > 15_000)
    #expect(!Self.index.mentions(in: "M. Swing a dit").isEmpty)
  }
}
