import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// The organisation stage's shortcuts of the eighth pass give what the code they replace gave
/// (`OrganisationShortcutsOracle`): trimming read on its end bytes, the last occurrence searched
/// from the end, windows stepped eight ASCII bytes at a time, the programme word compared on
/// its bytes, splits that stop after the first part, stop words, descriptor heads and the list's
/// comma read on the bytes, a title's continuation compared on the bytes, and the lexicon's
/// list of no bodies split into lines on its bytes, names split on their spaces' bytes; on the corpus' lines and paragraphs,
/// random texts of the lexicons' words (elisions, no-break and thin spaces, combining marks,
/// CR LF, emoji, ligatures) and pieces cut from them at every place.
@Suite struct OrganisationShortcutsOracleTests {
  /// Odd ends and words to add to the random texts.
  static let oddPieces = [
    " ", "\u{00A0}", "\u{202F}", "\t", "\r\n", "\r", "\n", "\u{0301}", "\u{0600}", "e\u{301}",
    "’", "'", "«", "»", "ﬁ", "œ", "ÉCOLE", "UN-Habitat", "ONU-Femmes", "-UE", "É-U", "x-y",
    "Nations Unies", "NATIONS UNIES", "nations\u{00A0}unies", "Nations Unie\u{301}s", "\u{212A}",
    "Projet", "PROGRAMME", "fonds", "Fonds", "plan", "PLAN", "initiative", "ConJointe",
    "campagne", "projet\u{0301}", "pröjet", "Directrice", "Porte-parole", "porte-parole", "",
    String(repeating: "a", count: 17), "\u{1F}", "\u{85}", "\u{2028}", "\u{3000}",
  ]

  /// The texts to compare on: the corpus, random texts and random texts with odd pieces.
  static let texts: [String] = {
    var generator = SplitMix(state: 81)
    var texts = OrganisationStageOracleTests.corpus
    for _ in 0..<3_000 {
      texts.append(
        OrganisationStageOracleTests.randomText(&generator, words: 1 + generator.below(30)))
      var pieces: [String] = []
      for _ in 0..<(1 + generator.below(12)) {
        pieces.append(
          generator.below(2) == 0
            ? oddPieces[generator.below(oddPieces.count)]
            : OrganisationStageOracleTests.randomWord(&generator))
      }
      texts.append(pieces.joined(separator: generator.below(3) == 0 ? "" : " "))
    }
    return texts + oddPieces
  }()

  /// Up to `count` cuts of `text` at scalar boundaries: its start, its end and places between.
  static func cuts(of text: String, count: Int) -> [String.Index] {
    let scalars = text.unicodeScalars
    let total = scalars.count
    let step = max(1, total / count)
    return stride(from: 0, through: total, by: step).map {
      scalars.index(scalars.startIndex, offsetBy: $0)
    }
      + [text.endIndex]
  }

  @Test func trimmingReadsItsEndsAsBefore() {
    var comparisons = 0
    for text in Self.texts {
      let cuts = Self.cuts(of: text, count: 6)
      for start in cuts {
        for end in cuts where start <= end {
          let piece = text[start..<end]
          #expect(
            piece.trimmingWhiteSpace() == OrganisationShortcutsOracle.trimmingWhiteSpace(piece),
            "\(piece.debugDescription)")
          comparisons += 1
        }
      }
      #expect(
        text.trimmingWhiteSpace() == OrganisationShortcutsOracle.trimmingWhiteSpace(text[...]))
    }
    #expect(comparisons > 50_000)
  }

  @Test func lastOccurrenceIsFoundAsBefore() {
    var comparisons = 0
    for text in Self.texts {
      let words = text.split(separator: " ").suffix(3).map(String.init)
      for needle in words + ["a", "e\u{301}", "’", " ", "Nations Unies", "aa", ""] {
        let cuts = Self.cuts(of: text, count: 3)
        for cut in cuts {
          let window = text[cut...]
          #expect(
            window.range(ofText: needle, backwards: true)
              == OrganisationShortcutsOracle.lastRange(of: needle, in: window))
          comparisons += 1
        }
      }
    }
    #expect(comparisons > 20_000)
  }

  /// `CharacterWindow` against `suffix` and `prefix` by characters, at every cut.
  @Test(arguments: [1, 7, 8, 9, 16, 40, 120, 300])
  func windowsStepAsBefore(length: Int) {
    let runs = [
      String(repeating: "abcdefgh", count: 50), String(repeating: "ab\rcdefgh ", count: 20),
      String(repeating: "abcdefg\u{0301}", count: 20), String(repeating: "x\r\ny", count: 30),
    ]
    for text in Self.texts.prefix(2_000) + runs {
      for cut in Self.cuts(of: text, count: 12) {
        let before = CharacterWindow.suffix(of: text, before: cut, length: length)
        let expectedBefore = text[..<cut].suffix(length)
        #expect(before.startIndex == expectedBefore.startIndex && before.endIndex == cut)
        let after = CharacterWindow.prefix(of: text, from: cut, length: length)
        let expectedAfter = text[cut...].prefix(length)
        #expect(after.startIndex == cut && after.endIndex == expectedAfter.endIndex)
      }
    }
  }

  @Test func programmeWordsAreReadAsBefore() {
    var comparisons = 0
    for text in Self.texts {
      for cut in Self.cuts(of: text, count: 10) {
        let before = text[..<cut]
        #expect(
          OrganisationExtractor.namesProgramme(before)
            == OrganisationShortcutsOracle.namesProgramme(before), "\(before.debugDescription)")
        comparisons += 1
      }
    }
    let words = ["projet", "programme", "initiative", "conjointe", "campagne", "plan", "fonds"]
    var found = 0
    for word in words {
      for written in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
        for text in ["le " + written + " UE-OIM", written + "\u{00A0}FMM", "x" + written + " OIM"] {
          let expected = OrganisationShortcutsOracle.namesProgramme(text[...])
          #expect(OrganisationExtractor.namesProgramme(text[...]) == expected, "\(text)")
          if expected { found += 1 }
        }
      }
    }
    #expect(found > 30 && comparisons > 30_000)
  }

  @Test func stopWordsDescriptorsAndListsAreReadAsBefore() {
    var tokens = Gazetteer.notOrganisations.sorted() + PersonWords.honorifics.sorted()
    tokens += tokens.map { $0.uppercased() } + tokens.map { $0.capitalized }
    tokens += ["SEM", "S.E", "MME", "DR", "ONG", "ONGS", "TÉL", "TE\u{301}L", "K\u{212A}", "İ"]
    var comparisons = 0
    var lists = 0
    for text in Self.texts {
      for range in AcronymToken.ranges(in: ScalarText(text)) {
        tokens.append(String(text[range]))
      }
      for cut in Self.cuts(of: text, count: 8) {
        let name = String(text[cut...])
        #expect(
          OrganisationExtractor.opensWithDescriptorHead(name)
            == OrganisationShortcutsOracle.opensWithDescriptorHead(name), "\(name)")
        let expected = OrganisationShortcutsOracle.isInList(text, at: cut)
        #expect(OrganisationExtractor.isInList(text, at: cut) == expected)
        if expected { lists += 1 }
        comparisons += 2
      }
    }
    for token in tokens + Self.oddPieces + OrganisationStageOracleTests.vocabulary {
      #expect(
        AcronymStopWords.contains(token) == OrganisationShortcutsOracle.isStopWord(token),
        "\(token)")
      comparisons += 1
    }
    let long = String(repeating: "abcdéfgh ", count: 60)
    for text in [long + ", x", ", " + long, long + "é, " + long, long + ". " + long] {
      for cut in Self.cuts(of: text, count: 200) {
        #expect(
          OrganisationExtractor.isInList(text, at: cut)
            == OrganisationShortcutsOracle.isInList(text, at: cut))
      }
    }
    #expect(comparisons > 50_000 && lists > 1_000)
  }

  @Test func titlesGoOnAsBefore() {
    var comparisons = 0
    let openings = [" pour ", " aux ", " pour", " aux", " pour\u{301} ", " aux\u{00A0}", " pour é"]
    for text in Self.texts.prefix(3_000) {
      for cut in Self.cuts(of: text, count: 6) {
        for opening in openings {
          let after = (opening + text[cut...])[...]
          #expect(
            OrganisationExtractor.continuesTitle(after)
              == OrganisationShortcutsOracle.continuesTitle(after), "\(after.debugDescription)")
          comparisons += 1
        }
        let rest = text[cut...]
        #expect(
          OrganisationExtractor.continuesTitle(rest)
            == OrganisationShortcutsOracle.continuesTitle(rest))
      }
    }
    #expect(KnownOrganisations.notOrganisations == OrganisationShortcutsOracle.notOrganisations)
    #expect(comparisons > 50_000)
  }

  @Test func firstPartsAreReadAsBefore() {
    var names = OrganisationExtractor.spelledOutNeedles + Self.oddPieces
    for text in Self.texts.prefix(5_000) {
      names += text.split(separator: ",").map(String.init)
    }
    for name in names {
      #expect(name.splitOnSpaces() == name.split(separator: " "), "\(name.debugDescription)")
      #expect(
        OrganisationExtractor.isAcronymCompound(name)
          == OrganisationShortcutsOracle.isAcronymCompound(name), "\(name)")
      #expect(
        OrganisationFilter.isRole(name) == OrganisationShortcutsOracle.isRole(name), "\(name)")
    }
    #expect(
      OrganisationExtractor.gazetteerNames.tags.filter(OrganisationExtractor.isAcronymCompound)
        .count > 2)
  }
}
