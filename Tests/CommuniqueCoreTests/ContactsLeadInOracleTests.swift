import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `ContactsLeadIn` against the header pattern it stands in for (`ContactsOracle.header`): on
/// the corpus's lines, on edge cases, and on random lines made of lead-ins, the pattern's
/// words in every case, white space of every kind, names, labels, addresses, combining
/// marks, emoji and letters that case-fold to ASCII. Where the scanner answers, it answers
/// as the pattern does.
struct ContactsLeadInOracleTests {
  /// Pieces of first lines of contacts sections.
  static let pieces: [String] = [
    "Pour plus d’informations", "Pour plus d'informations", ", ", ",", " ", "  ", "veuillez",
    "veuillez contacter", "veuillez   contacter", "VEUILLEZ\u{A0}CONTACTER", "Veuillez\tcontacter",
    "veuillez\u{202F}contacter", "veuillez\u{2028}contacter", "veuillez\u{85}contacter",
    "veuillez\u{3000}contacter", "veuillez\u{2009}contacter", "veuillezcontacter", "Contactez",
    "contactez", "CONTACTER", "contacter", "contacte", "Contact", "Contacts presse", "joindre",
    "JOINDRE", "Joindre", "s’adresser à", "S'ADRESSER À", "s'adresser\u{A0}à", "s’adresser  À",
    "s’adresser a", "s’adresser a\u{300}", "sadresser à", "s‘adresser à", "ſ’adresser à",
    "s’adreſſer à", "s’adreßer à", "veuıllez contacter", "\u{212A}", "İ", "contac\u{1E6D}er",
    ":", " : ", " :", ": ", "::", "\u{A0}:\u{A0}", "\u{202F}:", "：", "\t", "\u{A0}", "\u{202F}",
    "\u{2009}", "\u{3000}", "\u{85}", "\u{2028}", "\u{2029}", "\n", "\r", "\r\n", "\u{B}",
    "\u{C}", "Jean Dupont", "Laurence Godeau", "OIM Genève", "(OIM Tripoli)", "jean@iom.int",
    "Tél.", "Tél :", "E-mail :", "+41 22 717 91 11", "é", "É", "à", "À", "a\u{300}",
    "e\u{301}", "\u{301}", "ç", "œ", "ß", "ǰ", "ŉ", "ﬁ", "👍", "👍🏽", "中", "\u{200D}", "ou", "",
  ]

  /// A random line of 0 to 11 pieces.
  private static func line(_ random: inout SplitMix) -> String {
    (0..<random.below(12)).map { _ in pieces[random.below(pieces.count)] }.joined()
  }

  /// Whether the scanner's answer, if any, is the pattern's.
  private static func agrees(_ line: String) -> Bool? {
    ContactsLeadIn.stripped(line).map { $0 == ContactsOracle.header.replacing(in: line, with: "") }
  }

  @Test(arguments: 0..<8)
  func randomLinesAgree(seed: UInt64) {
    var random = SplitMix(state: 700 + seed)
    var answered = 0
    for _ in 0..<6_000 {
      let line = Self.line(&random)
      guard let agrees = Self.agrees(line) else { continue }
      #expect(agrees, "\(line.debugDescription)")
      answered += 1
    }
    #expect(answered > 2_000)
  }

  @Test func corpusLinesAgree() {
    var answered = 0
    var lines = OracleCorpus.paragraphs
    for document in OracleCorpus.documents {
      for (offset, line) in document.enumerated() where ContactsHeader.matches(line) {
        lines += document[offset...].prefix(4)
      }
    }
    for line in lines {
      guard let agrees = Self.agrees(line) else { continue }
      #expect(agrees, "\(line.debugDescription)")
      answered += 1
    }
    #expect(answered * 10 > lines.count * 9)
  }

  @Test(arguments: pieces)
  func piecePairsAgree(piece: String) {
    for other in Self.pieces {
      for line in [piece + other, other + " " + piece + " x", "Pour " + piece + other + ": a"] {
        if let agrees = Self.agrees(line) { #expect(agrees, "\(line.debugDescription)") }
      }
    }
  }

  @Test(arguments: [
    "", ":", "Pour plus d’informations, veuillez contacter :", "Contact presse : Jean Dupont",
    "Pour toute question, s’adresser à\u{A0}: Jean", "Pour joindre l’OIM\u{202F}: +41",
    "Pour plus d’informations\u{2028}veuillez contacter Jean", "a\nb: c", "Jean Dupont",
    "Veuillez contacter\u{A0}\u{A0}:\u{A0}\u{A0}Jean", "contactez-nous : x",
  ])
  func knownLinesAnswer(line: String) {
    #expect(Self.agrees(line) == true, "\(line.debugDescription)")
  }
}
