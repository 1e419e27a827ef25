import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// The byte scanners that took regular expressions and whole-text passes off the hot path,
/// against what they replace (`HotPatternsOracle`, `HTMLEntitiesOracle`,
/// `PlainLatinTypographyOracle`): on the corpus's lines and paragraphs, on random sentences and
/// on random texts built from the pieces each scanner must tell apart.
struct HotPatternsOracleTests {
  /// Places, particles, dates, notes, dashes and the scalars around them.
  private static let datelinePieces: [String] = [
    "Genève", "Port-au-Prince", "Côte", "d’Ivoire", "d'Ivoire", "d’", "d'", "Ivoire", "N'Djamena",
    "Saint-Denis", "St.", "Le", "Caire", "Dar", "es", "Salaam", "Tripoli", "Libye", "ÉTATS-UNIS",
    "de", "du", "des", "la", "le", "les", "el", "al", "am", "upon", "on", "de ", "du  ", "le ",
    "d", "De", "Upon", "one", "dessus", ",", ", ", " ,", "/", " / ", "(", ")", "(Sénégal)",
    "(actualisé le 15/04/2021)", "(" + String(repeating: "x", count: 60) + ")",
    "(" + String(repeating: "é", count: 61) + ")", "((", "()", "12", "1er", "3", "123", "01",
    "le 3", "mars", "janvier", "Mars", "juil.", "2021", "20211", "er", "-", " - ", "– ", "—",
    " — ", "–", "  ", " ", " ", " ", "\u{00A0}", "\n", "\r\n", "\r", "\u{2028}", "\u{2029}",
    "\u{0085}", "\u{000B}", "\u{000C}", "\t", ".", "'", "’", "É", "Ǆ", "ǅ", "ß", "ʕ", "e\u{301}",
    "👍", "\u{301}", "L'OIM", "a déclaré", "Hier", "Lundi", "lundi", "x", "1", "Ω", "ω", "ª",
    "\u{2160}", "中", "\u{10400}",
  ]

  /// Colons and the white space around them.
  private static let separatorPieces: [String] = [
    " : ", ":", " :", ": ", "::", " :: ", "\u{00A0}:\u{00A0}", "\u{202F}:", ":\u{202F}", "\t:\n",
    "\u{0085}", "\u{2028}", "\u{000B}", "\u{180E}", "\u{200B}", "\u{3000}", "\r\n", "e\u{301}",
    " ", "  ", "Titre", "sous-titre", "é", "👍", "\u{301}", "\u{200D}", "\r", "\n",
  ]

  /// Entities, tags, mail links and their near misses.
  private static let markupPieces: [String] = [
    "&amp;", "&", "&#233;", "&#x41;", "&#X1F44D;", "&nbsp;", "&Eacute;", "&foo;", "&#;", "&#0;",
    "&#x110000;", "&#xD800;", "&ab", "&abcdefghi;", "<", "<p>", "</p>", "</a>", "<br/>", "<BR />",
    "<a href=", "<a  href=", "\"mailto:x@y.fr\">", "\"mailto:x@y.fr\" >", "\"mailto:", "\"",
    "mailto:", "<B>", "< p >", "<span>", "<div/>", "<u>", "<em>", "<strong>", "<i>", "<b", ">",
    "\u{00A0}", "é", "\u{301}", "👍",
  ]

  /// White space of every kind, quotes, guillemets and French punctuation.
  private static let typographyPieces: [String] = [
    " ", "  ", "   ", "\t", "\n", "\u{000B}", "\u{000C}", "\u{0085}", "\u{00A0}", "\u{202F}",
    "\u{2009}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{205F}",
    "\u{1680}", "\u{3000}", "\"", "“", "”", "«", "»", "« ", " »", "«\u{00A0}", "\u{00A0}»", ":",
    ";", "!", "?", " :", " ;", " !", " ?", "a", "é", "É", ")", "(", "’", "°", "·", "\u{00AD}",
    "–", "€", "x", "ab", "cd ef", "\u{0080}", "\u{009C}", "Ŝ", "ɐ", "ʰ", "ǅ",
  ]

  /// The corpus's texts, random sentences and `count` random texts made of `pieces`.
  private static func texts(_ pieces: [String], seed: UInt64, count: Int = 20_000) -> [String] {
    var random = SplitMix(state: seed)
    return OracleCorpus.paragraphs + OracleCorpus.sentences(3_000, seed: seed)
      + (0..<count).map { _ in OracleCorpus.randomText(pieces, &random, count: 24) }
  }

  /// Random lines shaped like datelines: a capitalised start, place pieces, often a dash and
  /// a sentence after it.
  private static func datelineLines(_ count: Int, seed: UInt64) -> [String] {
    var random = SplitMix(state: seed)
    let capitals = ["Genève", "Port-au-Prince", "Côte", "Le", "Dar", "É", "Ǆ", "ǅ", "Ω", "X"]
    return (0..<count).map { _ in
      var line = random.below(10) == 0 ? "" : capitals[random.below(capitals.count)]
      for _ in 0..<random.below(12) {
        if random.below(3) == 0 { line += " " }
        line += datelinePieces[random.below(datelinePieces.count)]
      }
      if random.below(3) != 0 {
        line += [" - ", " – ", "— ", "-  ", " –", " -\u{00A0}"][random.below(6)]
        line += OracleCorpus.randomText(datelinePieces, &random, count: 8)
      }
      return line
    }
  }

  @Test func datelineReaderAgrees() {
    var compared = 0
    let lines = Self.texts(Self.datelinePieces, seed: 21) + Self.datelineLines(60_000, seed: 22)
    var matched = 0
    for line in lines {
      let expected = HotPatternsOracle.datelineGroups(line)
      let shaped = DatelineShape.mayOpen(line)
      #expect(shaped || expected == nil, "\(line.debugDescription)")
      let found = DatelineReader.characterGroups(in: line).map { groups in
        groups.map { HotPatternsOracle.offsets($0, in: line) }
      }
      #expect(found == expected, "\(line.debugDescription)")
      if expected != nil { matched += 1 }
      compared += 2
    }
    #expect(compared > 150_000)
    #expect(matched > 4_000)
  }

  @Test func subtitleSeparatorAgrees() {
    var compared = 0
    for line in Self.texts(Self.separatorPieces, seed: 23) {
      let expected = HotPatternsOracle.subtitleSeparator.firstMatch(in: line)?.range
      #expect(
        HotPatternsOracle.offsets(SubtitleSeparator.range(in: line), in: line)
          == HotPatternsOracle.offsets(expected, in: line), "\(line.debugDescription)")
      let (title, subtitle) = ReleaseParser.title(line)
      let (expectedTitle, expectedSubtitle) = HotPatternsOracle.title(line)
      #expect(Array(title.utf8) == Array(expectedTitle.utf8), "\(line.debugDescription)")
      #expect(subtitle.map { Array($0.utf8) } == expectedSubtitle.map { Array($0.utf8) })
      compared += 3
    }
    #expect(compared > 60_000)
  }

  @Test func htmlEntitiesAgree() {
    var compared = 0
    for text in Self.texts(Self.markupPieces, seed: 24, count: 40_000) {
      #expect(
        Array(HTMLEntities.clean(text).utf8) == Array(HTMLEntitiesOracle.clean(text).utf8),
        "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 40_000)
  }

  @Test func plainLatinTypographyAgrees() {
    var compared = 0
    var plain = 0
    for text in Self.texts(Self.typographyPieces, seed: 25, count: 40_000) {
      var bytes = text
      let collapsed = bytes.withUTF8 { CollapsedSpaces.hold($0) }
      let expectedCollapse = PlainLatinTypographyOracle.collapseSpaces(text)
      #expect(
        !collapsed || Array(expectedCollapse.utf8) == Array(text.utf8), "\(text.debugDescription)")
      compared += 1
      guard text.isPlainLatin else { continue }
      plain += 1
      #expect(
        Array(PlainLatinTypography.clean(text).utf8)
          == Array(PlainLatinTypographyOracle.clean(text).utf8), "\(text.debugDescription)")
      #expect(
        Array(PlainLatinTypography.collapseSpaces(text).utf8) == Array(expectedCollapse.utf8),
        "\(text.debugDescription)")
      compared += 2
    }
    #expect(plain > 20_000)
    #expect(compared > 80_000)
  }
}
