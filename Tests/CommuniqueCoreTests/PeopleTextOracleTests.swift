import Testing

@testable import CommuniqueCore

/// The byte readers of the people and span stages against the code they replaced:
/// `PatternText`'s name and role-word readers at every scalar offset, `ScalarText`'s arrays
/// against `unicodeScalars`, and `NameScanner.opensElided` against lower-casing a whole role.
struct PeopleTextOracleTests {
  /// Random texts of scalars from every range the readers tell apart: ASCII, Latin-1, Latin
  /// Extended, combining marks, general punctuation and spaces, other scripts and emoji.
  private static func scalarTexts(_ count: Int, seed: UInt64) -> [String] {
    let pieces: [ClosedRange<UInt32>] = [
      0x20...0x7E, 0x41...0x5A, 0x61...0x7A, 0xA0...0xFF, 0x100...0x24F, 0x1C4...0x1CC,
      0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x2000...0x206F, 0x2019...0x2019,
      0x202F...0x202F, 0xFB00...0xFB06, 0x1F600...0x1F64F, 0x10400...0x1044F,
    ]
    var generator = OracleRandom(seed: seed)
    return (0..<count).map { _ in
      var text = ""
      for _ in 0..<Int.random(in: 0...14, using: &generator) {
        let range = pieces.randomElement(using: &generator)!
        if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) {
          text.unicodeScalars.append(scalar)
        }
      }
      return text
    }
  }

  /// Texts of every kind: the corpus, sentences of lexicon words and random scalars, and
  /// name shapes glued to what may follow them.
  private static let texts: [String] =
    OracleCorpus.paragraphs + OracleCorpus.sentences(20_000, seed: 11, length: 1...12)
    + scalarTexts(20_000, seed: 5)
    + OracleCorpus.vocabulary.flatMap { word in
      ["", " ", "-", "’", "'", "\u{301}", "É", "x", ",", " de ", " y Z"].map { word + $0 }
    }

  @Test func nameAndRoleReadersReadTheSame() {
    var comparisons = 0
    for text in Self.texts {
      text.withPatternText { pattern in
        var offset = 0
        while offset <= pattern.count {
          #expect(
            Array(pattern.nameEnds(at: offset))
              == PatternTextOracle.nameEnds(pattern, at: offset),
            "\(text.debugDescription) at \(offset)")
          #expect(
            pattern.nameTokenEnd(at: offset)
              == PatternTextOracle.nameTokenEnd(pattern, at: offset),
            "\(text.debugDescription) at \(offset)")
          #expect(
            pattern.roleWordEnds(at: offset)
              == PatternTextOracle.roleWordEnds(pattern, at: offset),
            "\(text.debugDescription) at \(offset)")
          comparisons += 3
          offset += offset < pattern.count ? pattern.scalar(at: offset).length : 1
        }
      }
    }
    #expect(comparisons > 1_000_000)
  }

  @Test func scalarTextsAreTheirScalars() {
    for text in Self.texts {
      let scalarText = ScalarText(text)
      let scalars = Array(text.unicodeScalars)
      #expect(scalarText.scalars == scalars, "\(text.debugDescription)")
      #expect(scalarText.folded == scalars.map(ScalarText.fold), "\(text.debugDescription)")
      #expect(ScalarText.scalars(of: text, folding: false) == scalars)
      #expect(ScalarText.scalars(of: text, folding: true) == scalarText.folded)
    }
  }

  @Test func elidedRolesReadTheSame() {
    let openings = ["l’", "L’", "d’", "D'", "l'", "ℓ’", "İ’", "l\u{301}’", "l’\u{301}", "Ｌ’", ""]
    var generator = OracleRandom(seed: 9)
    var texts = Self.texts
    for text in Self.texts.prefix(20_000) {
      texts.append(openings.randomElement(using: &generator)! + text)
    }
    let elisions = [
      "l’", "L’", "d'", "D'", "l’\u{301}x", "L'\u{200D}a", "d’\u{2019}", "l’’", "L\u{301}’a", "ǅ’a",
      "l\u{2019}\r\n", "d'\u{A0}", "l", "L", "’", "l’É", "D’Œ", "dé", "l\u{2018}a", "ĺ’a", "",
    ]
    for text in texts + elisions {
      #expect(
        NameScanner.opensElided(text) == NameScanner.isElided(text.lowercased()),
        "\(text.debugDescription)")
    }
  }

  @Test func rolesAfterNamesReadTheSame() {
    let names = [
      "Jean Dupont", "William Lacy Swing", "Swing", "Godeau", "Carmela Godeau", "Pope", "N’Diaye",
      "Ñúñez", "Dupont\u{301}", "Şerife Yılmaz", "a", "é", "Jean-Pierre",
    ]
    var generator = OracleRandom(seed: 13)
    var comparisons = 0
    let clauses =
      Self.texts
      + OracleCorpus.sentences(20_000, seed: 17, length: 1...10).map { sentence in
        names.randomElement(using: &generator)! + ", " + sentence
      }
    for clause in clauses {
      for name in names {
        #expect(
          Attribution.roleAfterName(name, in: clause)
            == AttributionRoleOracle.roleAfterName(name, in: clause),
          "\(name) in \(clause.debugDescription)")
        comparisons += 1
      }
    }
    #expect(comparisons > 500_000)
  }
}
