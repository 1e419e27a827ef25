import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// The layout stage against the code it ran before its byte-level fast paths
/// (`LayoutOracle`, `DatelineOracle`): whole pages (the fixtures, the sample releases, the
/// folders of `COMMUNIQUE_ORACLE_CORPUS`, random pages) and thousands of random lines full of
/// metadata keys, colons, brackets, credits, datelines, contacts headers, combining marks,
/// white space of every kind and letters that case-fold to ASCII.
struct LayoutOracleTests {
  /// Pieces that make, spoil or imitate what the layout tests look for.
  private static let pieces: [String] = [
    "Published Date", "published date", "PUBLISHED DATE", "Date Published", "Tags", "tags",
    "TAGS", "Country", "Countries", "Region", "Topic", "Topics", "Language", "Author", "Source",
    "Type", "Published", "Updated", "Last Updated", "last  updated", "Location", "Date",
    "Category", "Catégorie", "Topic\u{301}", " \u{301}Tags", "\u{0600}", "\u{0600}:", ":\u{301}",
    ":", ":", ": ", " : ", " :", "::", "\u{212A}", "İ", "ı", "\u{0130}ype", "\u{00A0}",
    "\u{202F}", "\u{0085}", "\u{2028}", "\u{2029}", "\t", "\u{000B}", "\u{001F}", "\u{00AD}",
    "Ω", "é", "É", "ł", "ǅ", "ß", "ẞ", "ſ", "ﬁ", "👍", "👍🏽", "\r\n", "\r", "\u{200D}",
    "\u{0301}", "\u{0308}", "[block:views=x]", "[block:views", "[a:b]", "[a b:c]", "[", "]",
    "[\u{301}x:y]", "©", "© OIM/Jean Dupont", "Photo :", "Photo\u{00A0}: OIM 2023/M.Marie Curie",
    "Crédit photo : IOM", "Crédits :", "Photos:", "Légende", "LÉGENDE :", "image :",
    "Illustration : ", "photo", "credit", "Genève - ", "Genève -", "Tripoli, Libye – ",
    "Dakar (Sénégal), 12 mars 2021 - ", "République démocratique du Congo – ", "Le Caire — ",
    "Lundi - ", "27 nov 2023", "12/03/2021", "Mardi 3 mars 2020", "1er", "2023", "mars",
    "Pour plus d'informations", "pour plus d’informations", "Pour de plus amples",
    "POUR TOUTE QUESTION", "pour toute demande", "Pour toute information",
    "Pour tout renseignement", "pour en savoir plus", "Pour les demandes", "Pour l’OIM",
    "Pour", "pour ", "Contacts presse :", "CONTACT MÉDIAS:", "contact média :",
    "contact pour les médias :", "Contacts\u{00A0}:", "Contact \u{2028}:", "Contacts  \t:",
    "Contactez", "contacts", "For more information", "for further information", "FOR MORE",
    "Media contact", "media contacts", "Press contacts", "Preß contact", "preſs contact",
    "pour pluſ d", "Pour plus d", "médias", "MÉDIAS", "me\u{301}dias", "Discours de",
    "Par Jean", "DÉCLARATION", "Allocution", "Remarks", "-", "- Entrée", "– Menu", "Notre travail",
    "Notre TravailEn", "Communiqué", "Global", "…", ".", "!", "?", "»", "«", "’", "'",
  ]

  /// A random line: pieces, corpus words and marks, sometimes stretched past the lengths the
  /// tests bound (120 and 300 characters, 200 and 600 bytes).
  private static func line(_ random: inout SplitMix) -> String {
    var text = OracleCorpus.randomText(pieces, &random, count: 12, choices: 5)
    switch random.below(8) {
    case 0:
      let filler = String(
        repeating: ["a", "é", " ", "B", "👍", "e\u{301}", ":"][random.below(7)],
        count: 100 + random.below(300))
      text.insert(contentsOf: filler, at: random.below(2) == 0 ? text.startIndex : text.endIndex)
    case 1: text = text.trimmingWhiteSpace()
    default: break
    }
    return text
  }

  /// A random page: random lines, corpus lines and blank lines.
  private static func page(_ random: inout SplitMix) -> [SourceLine] {
    let corpus = OracleCorpus.paragraphs
    let lines = (0..<(1 + random.below(30))).map { _ -> String in
      switch random.below(4) {
      case 0: return ""
      case 1: return corpus.isEmpty ? "" : corpus[random.below(corpus.count)]
      default: return line(&random)
      }
    }
    return SourceLine.split(lines.joined(separator: "\n"))
  }

  /// Headings of navigation menus, in Latin-1 and beyond it, with and without a final mark.
  private static let headings: [String] = [
    "Notre travail", "Qui sommes-nous", "Où nous travaillons", "Médias", "ÉQUIPE", "Œuvres",
    "L’OIM", "Données", "İstanbul", "e\u{301}quipe", "Actualités", "Contact", "Menu.", "Faq ?",
    "Migration", "Emplois 👍", "Rapports\u{00A0};", "-", "–", "- Accueil", "– Dons", "a",
  ]

  /// A random menu page: headings, each often followed by itself in another case glued to
  /// a blurb, dashes, blank lines, then a title and a body.
  private static func menuPage(_ random: inout SplitMix) -> [SourceLine] {
    var lines: [String] = []
    for _ in 0..<(1 + random.below(12)) {
      let heading = headings[random.below(headings.count)]
      lines.append(heading)
      switch random.below(5) {
      case 0: lines.append(heading.uppercased() + "En tant que partenaire")
      case 1: lines.append(heading.lowercased() + "Nous aidons")
      case 2: lines.append(heading + " suite de la phrase.")
      case 3: lines.append("")
      default: break
      }
    }
    lines += ["Le titre du communiqué", "", "Genève – Le corps du texte commence ici."]
    return SourceLine.split(lines.joined(separator: "\n"))
  }

  /// The decoded texts of the fixtures, the sample releases and the folders of
  /// `COMMUNIQUE_ORACLE_CORPUS`.
  private static let files: [String] = {
    var folders = [Fixtures.folder, Fixtures.content]
    if let extra = ProcessInfo.processInfo.environment["COMMUNIQUE_ORACLE_CORPUS"] {
      folders += extra.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
    }
    return folders.flatMap { folder in
      (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
        .compactMap { $0 as? URL } ?? [])
        .filter { ["txt", "md"].contains($0.pathExtension) }
        .sorted { $0.path < $1.path }
        .compactMap { try? Data(contentsOf: $0) }
        .map { TextDecoder.decode([UInt8]($0)).text }
    }
  }()

  /// Compares the line tests on `text`; returns how many comparisons were made.
  private static func expectLineAgrees(_ text: String) -> Int {
    #expect(
      MetadataLine.matches(text) == LayoutOracle.isMetadataLine(text), "\(text.debugDescription)")
    #expect(
      SiteRemnant.matches(text) == LayoutOracle.isSiteRemnant(text), "\(text.debugDescription)")
    #expect(
      ContactsHeader.matches(text) == LayoutOracle.isContactsHeader(text),
      "\(text.debugDescription)")
    let expected = DatelineOracle.parse(text)
    let found = Dateline.parse(text)
    #expect(found?.dateline == expected?.dateline, "\(text.debugDescription)")
    #expect(found?.text == expected?.text, "\(text.debugDescription)")
    #expect(Dateline.opens(text) == (expected != nil), "\(text.debugDescription)")
    #expect(SpeechLine.matches(text) == SpeechLineOracle.matches(text), "\(text.debugDescription)")
    return 7
  }

  /// Compares the layouts of `lines`, without and with some of its lines as known
  /// boilerplate; returns how many comparisons were made.
  private static func expectPageAgrees(_ lines: [SourceLine]) -> Int {
    let known = Set(lines.enumerated().filter { $0.offset % 7 == 3 }.map(\.element.text))
    for boilerplate in [[], known] {
      #expect(
        ReleaseLayout.split(lines, knownBoilerplate: boilerplate)
          == LayoutOracle.split(lines, knownBoilerplate: boilerplate),
        "\(lines.map(\.text))")
    }
    return 2
  }

  @Test func pagesAgree() {
    var comparisons = 0
    for text in Self.files {
      comparisons += Self.expectPageAgrees(SourceLine.split(text))
    }
    var random = SplitMix(state: 21)
    for _ in 0..<3_000 {
      comparisons += Self.expectPageAgrees(Self.page(&random))
      comparisons += Self.expectPageAgrees(Self.menuPage(&random))
    }
    #expect(comparisons > 12_000)
  }

  @Test func linesAgree() {
    var comparisons = 0
    for text in OracleCorpus.paragraphs + OracleCorpus.sentences(3_000, seed: 21) {
      comparisons += Self.expectLineAgrees(text)
    }
    var random = SplitMix(state: 22)
    for _ in 0..<30_000 {
      comparisons += Self.expectLineAgrees(Self.line(&random))
    }
    for piece in Self.pieces {
      for other in Self.pieces {
        comparisons += Self.expectLineAgrees(piece + other)
      }
    }
    #expect(comparisons > 200_000)
  }

  /// What the metadata fast path relies on: no scalar from U+0080 to U+02FF lower-cases to
  /// ASCII only, and none of them joins the character before it.
  @Test func latinScalarsStayInTheKey() {
    for value in UInt32(0x80)..<0x300 {
      let scalar = Unicode.Scalar(value)!
      let lowerIsASCII = String(scalar).lowercased().unicodeScalars.allSatisfy(\.isASCII)
      #expect(!lowerIsASCII, "\(value)")
      #expect("a\(scalar)".count == 2, "\(value)")
      #expect(Character(scalar) != ":")
    }
  }
}
