import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `ContactLabelReader` against the label pattern it stands in for (`ContactsOracle.label`,
/// read as `Pattern.firstMatch` gives it): on the corpus's lines, on every pair of pieces and
/// on random items made of labels in every case, dots, colons, white space of every kind,
/// numbers, addresses, combining marks, format characters, emoji and letters that case-fold
/// to ASCII. Where the reader answers, it answers as the pattern does.
struct ContactLabelReaderOracleTests {
  /// Pieces of contact items.
  static let pieces: [String] = [
    "Tél", "tél", "TÉL", "Tel", "TEL", "Téléphone", "telephone", "TELEPHONE", "Teléphone",
    "Télephone", "Phone", "Mobile", "MOBILE", "Portable", "Cellulaire", "cell", "Cell", "GSM",
    "gsm", "Fax", "fax", "E-mail", "e-mail", "Email", "EMAIL", "E-Mail", "Courriel", "mail",
    "Mail", "ſ", "\u{212A}", "İ", "ß", "ﬁ", "e\u{301}", "\u{301}", "\u{200D}", "\u{200C}",
    "\u{AD}", "\u{2060}", ".", "..", ":", " : ", " :", ": ", ".:", ":.", "-", "_", "0", "1",
    "s", "x", "é", "É", "è", "à", " ", "  ", "\t", "\u{A0}", "\u{202F}", "\u{2009}", "\u{3000}",
    "\u{85}", "\u{2028}", "\r\n", "\n", "’", "–", "‿", "«", "»", "(", ")", "+41 22 717 91 11",
    "jean@iom.int", "Jean Dupont", "👍", "中", "ٰ", "",
  ]

  /// What the pattern gives for `item`, as UTF-8 offsets: the label's end and the match's.
  private static func oracle(_ item: String) -> (nameEnd: Int, end: Int)? {
    guard let match = ContactsOracle.label.firstMatch(in: item), let name = match.groups[0]
    else { return nil }
    let utf8 = item.utf8
    return (
      utf8.distance(from: utf8.startIndex, to: name.upperBound),
      utf8.distance(from: utf8.startIndex, to: match.range.upperBound)
    )
  }

  /// Whether the reader's answer, if any, is the pattern's.
  private static func agrees(_ item: String) -> Bool? {
    let expected = oracle(item)
    switch ContactLabelReader.opening(item) {
    case .unknown: return nil
    case .none: return expected == nil
    case .label(let nameEnd, let end):
      return expected.map { $0.nameEnd == nameEnd && $0.end == end } ?? false
    }
  }

  @Test(arguments: 0..<8)
  func randomItemsAgree(seed: UInt64) {
    var random = SplitMix(state: 800 + seed)
    var answered = 0
    for _ in 0..<6_000 {
      let count = random.below(8)
      let item = (0..<count).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
      guard let agrees = Self.agrees(item) else { continue }
      #expect(agrees, "\(item.debugDescription)")
      answered += 1
    }
    #expect(answered > 3_000)
  }

  @Test(arguments: pieces)
  func piecePairsAgree(piece: String) {
    for other in Self.pieces {
      for item in [piece + other, piece + other + " x", piece + " " + other + "+41 22"] {
        if let agrees = Self.agrees(item) { #expect(agrees, "\(item.debugDescription)") }
      }
    }
  }

  @Test func corpusItemsAgree() {
    var answered = 0
    var items = OracleCorpus.paragraphs
    items += OracleCorpus.paragraphs.flatMap { ContactsParser.items(of: $0) }
    for item in items {
      guard let agrees = Self.agrees(item) else { continue }
      #expect(agrees, "\(item.debugDescription)")
      answered += 1
    }
    #expect(answered * 10 > items.count * 9)
  }

  @Test(arguments: [
    "Tél. : +41 22 717 91 11", "Tél\u{A0}: +41", "E-mail : jean@iom.int", "Email: a@b.org",
    "Portable", "Téléphone", "Telephones : 1", "Mail.", "Fax:", "Jean Dupont", "",
  ])
  func knownItemsAnswer(item: String) {
    #expect(Self.agrees(item) == true, "\(item.debugDescription)")
  }
}
