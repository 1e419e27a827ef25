import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// Paragraph reflow and the contacts parser against the code they ran before reading lines
/// on their bytes (`ReflowOracle`, `ContactsOracle`): on the corpus's documents, on random
/// hard-wrapped bodies and on random contact lines full of labels, separators, phone numbers,
/// combining marks, white space of every kind and letters that case-fold to ASCII.
struct ReflowAndContactsOracleTests {
  /// Pieces of wrapped lines: sentence ends, closing quotes, openers, spaces, marks.
  private static let linePieces: [String] = [
    ".", "!", "?", "…", ":", "»", "”", "\"", "’", ")", "]", " ", "\u{00A0}", "\u{202F}", "«",
    "“", "-", "–", "—", "•", "garde-", "côtes", "e\u{301}", "\u{301}", "👍", "👍🏽", "\u{200D}",
    "\r\n", "\t", "\u{2028}", "\u{0085}", "\u{2003}", "ǅ", "İ", "中", "a", "mot", "Le",
  ]

  /// Pieces of contact lines.
  private static let contactPieces: [String] = [
    "Tél", "tél", "TÉL", "Tel", "Téléphone", "telephone", "Phone", "Mobile", "Portable", "Fax",
    "E-mail", "email", "EMAIL", "Courriel", "Cellulaire", "cell", "GSM", "mail", "Tél.", "Tél :",
    "Email :", "Mobile:", "Fax.", " : ", ":", ".", ",", ", ", ";", "; ", " ou ", "ou ", "Ou ",
    " or ", "et", "and", "OU", "\u{1F}", "+41 22 717 91 11", "00 218 91 383 2596", "(0)",
    "+44 (0)20 7811 6000", "+ 221-33.869.62.00", "12345678", "a.b@iom.int", "jean@iom.int",
    "Jean Dupont", "Laurence Godeau", "OIM Tripoli", "(OIM Genève)", "veuillez contacter",
    "Pour plus d’informations", "\u{00A0}", "\u{202F}", "\u{2028}", "\t", "\u{0301}", "ſ", "ﬁ",
    "\u{212A}", "ß", "É", "é", "e\u{301}", "👍", "\r\n", "\u{200D}", ",\u{301}", "\u{0600},",
    "٣٤٥٦٧٨٩٠", "(0\u{301})", "（0）",
  ]

  /// A random body: mostly short lines, some ending a sentence, some blank.
  private static func body(_ random: inout SplitMix) -> [String] {
    (0..<(random.below(25))).map { _ in
      random.below(6) == 0 ? "" : OracleCorpus.randomText(linePieces, &random, count: 14)
    }
  }

  /// Pieces of plain Latin lines (a scalar a character), where paragraphs are joined on the
  /// bytes: cut compounds, lone dashes, accented letters, typographic marks.
  private static let plainPieces: [String] = [
    ".", "!", "?", "…", ":", "»", "”", "’", ")", " ", " ", " ", "\u{00A0}", "\u{202F}", "«", "“",
    "-", "–", "—", "•", "garde-", "côtes", "é", "É", "ß", "ǅ", "a-", "-b", "1-", "mot", "Le",
    "organisation", "internationale", "migrations", "l’OIM", "\t", "\u{2028}", "\u{0085}",
  ]

  /// A random plain Latin body: lines of up to about 160 characters, some blank, some a
  /// lone dash.
  private static func plainBody(_ random: inout SplitMix) -> [String] {
    (0..<(3 + random.below(30))).map { _ in
      switch random.below(10) {
      case 0: return ""
      case 1: return "-"
      default:
        let pieces = (0..<(1 + random.below(30))).map { _ in
          plainPieces[random.below(plainPieces.count)]
        }
        return pieces.joined().trimmingWhiteSpace()
      }
    }
  }

  @Test func reflowAgrees() {
    var comparisons = 0
    var bodies = OracleCorpus.documents
    var random = SplitMix(state: 31)
    bodies += (0..<6_000).map { _ in Self.body(&random) }
    bodies += (0..<6_000).map { _ in Self.plainBody(&random) }
    for body in bodies {
      #expect(ParagraphReflow.paragraphs(body) == ReflowOracle.paragraphs(body), "\(body)")
      comparisons += 1
      for line in body {
        let shape = ReflowLine(line)
        #expect(shape.characterCount == line.count, "\(line.debugDescription)")
        #expect(
          shape.firstWordLength == line.prefix { !$0.isWhitespace }.count,
          "\(line.debugDescription)")
        #expect(
          shape.opensParagraph
            == (line.first.map(ReflowOracle.paragraphOpeners.contains) ?? false),
          "\(line.debugDescription)")
        #expect(shape.endsSentence == ReflowOracle.endsSentence(line), "\(line.debugDescription)")
        comparisons += 4
      }
    }
    #expect(comparisons > 50_000)
  }

  @Test func contactsAgree() {
    var comparisons = 0
    var sections: [[String]] = OracleCorpus.documents.map { Array($0.suffix(6)) }
    var random = SplitMix(state: 32)
    for _ in 0..<8_000 {
      let lines = (0..<(1 + random.below(5))).map { _ in
        OracleCorpus.randomText(Self.contactPieces, &random, count: 16)
      }
      sections.append(lines)
    }
    for lines in sections {
      #expect(ContactsParser.parse(lines) == ContactsOracle.parse(lines), "\(lines)")
      comparisons += 1
      for line in lines {
        #expect(ContactsParser.items(of: line) == ContactsOracle.items(of: line))
        #expect(PhoneNumber.e164(line) == ContactsOracle.e164(line), "\(line.debugDescription)")
        if let marked = LabelMarks.marked(line) {
          #expect(marked == ContactsOracle.marked(line), "\(line.debugDescription)")
          comparisons += 1
        }
        comparisons += 2
      }
    }
    for piece in Self.contactPieces {
      for other in Self.contactPieces {
        let line = piece + other + " " + piece
        #expect(ContactsParser.items(of: line) == ContactsOracle.items(of: line))
        #expect(ContactsParser.parse([line]) == ContactsOracle.parse([line]))
        #expect(PhoneNumber.e164("+" + line) == ContactsOracle.e164("+" + line))
        comparisons += 3
      }
    }
    #expect(comparisons > 40_000)
  }
}
