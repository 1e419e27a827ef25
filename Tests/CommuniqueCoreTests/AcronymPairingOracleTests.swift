import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// `AcronymPairing` and `AcronymToken` on bytes against the character-based code they replace
/// (`OrganisationOracle`), on random texts whose words reach the byte readers' edges: Latin
/// Extended letters, letters whose capitals are longer or outside Latin, general punctuation,
/// hyphenated words with connectors, apostrophes inside words; and `ClauseWordSet` against
/// the `Set<String>` lookups it replaces.
@Suite struct AcronymPairingOracleTests {
  /// Words at the byte readers' edges.
  static let edgeWords = [
    "Croix-de-la-Rouge", "État-de-l’Union", "aujourd’hui", "Ÿves", "ſtate", "ɐtat", "ŉord",
    "Āgence",
    "Đorđe", "Şerife", "ǆemal", "Ǆ", "\u{2000}", "\u{2001}Union", "Union\u{2000}", "x\u{2003}y",
    "\u{212A}", "K", "ß", "SS", "Ω", "ﬁnance", "Office-du-Niger", "des-", "-de", "l’-Union",
    "D’Agence", "QU’Organisation", "qU'x", "L’", "l’\u{2019}", "Ministère", "ministère",
    "MINISTÈRE", "Forces", "ARMÉE", "armée", "Représentante", "spéciale", "Union", "européenne",
    "pour", "POUR", "Dans", "À", "à", "AUX", "\u{00AD}", "Ü\u{00AD}n", "É", "é", "×", "÷",
    "Þ", "þ", "ÿ", "µ", "ª", "º", "€", "‰", "ⁿ", "ₐ", "a-b-c", "A-B-C", "Al-Wafa",
  ]

  /// Acronyms whose letters are not ASCII, or whose capitals are.
  static let edgeAcronyms = [
    "ÉUE", "SS", "ß", "ÜN", "ΩA", "KK", "\u{212A}U", "DÉ", "ÿY", "ŉO", "ſU", "ǅE", "OIM", "A-B",
    "R&D", "G5", "UE",
  ]

  /// A random text from the stage's vocabulary and the edge words.
  static func randomText(_ generator: inout SplitMix) -> String {
    let separators = [" ", " ", " ", "\u{00A0}", ", ", "-", " , ", "  ", "’", "'"]
    var text = ""
    for index in 0..<(1 + generator.below(40)) {
      if index > 0 { text += separators[generator.below(separators.count)] }
      text +=
        generator.below(2) == 0
        ? edgeWords[generator.below(edgeWords.count)]
        : OrganisationStageOracleTests.randomWord(&generator)
    }
    return text
  }

  @Test(arguments: 0..<20)
  func edgeTextsPairAsBefore(seed: Int) {
    var generator = SplitMix(state: UInt64(1_000 + seed))
    var comparisons = 0
    for _ in 0..<500 {
      let text = Self.randomText(&generator)
      for acronym in Self.edgeAcronyms
        + OrganisationStageOracleTests.acronyms(
          before: Substring(text), inner: nil)
      {
        let found = AcronymPairing.name(before: Substring(text), acronym: acronym)
        #expect(found == OrganisationOracle.name(before: Substring(text), acronym: acronym))
        comparisons += 1
      }
      comparisons += OrganisationStageOracleTests.comparePairings(in: text + " (")
      comparisons += OrganisationStageOracleTests.compareWords(in: text)
    }
    #expect(comparisons > 10_000)
  }

  /// The sets' words are NFC, with no general punctuation but the apostrophe: what lets a key
  /// of Latin-1 and general punctuation be compared with them byte for byte.
  @Test func wordsAreLatinNFC() {
    for set in Self.sets {
      for word in set.strings {
        #expect(Array(word.utf8) == Array(word.precomposedStringWithCanonicalMapping.utf8))
        #expect(
          !word.unicodeScalars.contains { (0x2000...0x20BF).contains($0.value) && $0 != "’" },
          "\(word)")
      }
    }
  }

  static let sets = [
    AcronymPairing.connectorSet, AcronymPairing.stopWordSet, AcronymPairing.bodyNounSet,
    AcronymPairing.institutionSet, AcronymPairing.roleWordSet,
  ]

  /// Looking a word up on its bytes, as written and in lower case, says what `Set<String>`
  /// said, on every word of the corpus and on random words.
  @Test func lookupsAreAsBefore() {
    var generator = SplitMix(state: 7)
    var words = Self.edgeWords
    for set in Self.sets { words += set.strings }
    for text in OrganisationStageOracleTests.corpus.prefix(400) {
      words += text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
    }
    for _ in 0..<20_000 {
      var word = ""
      for _ in 0..<(1 + generator.below(3)) {
        word += Self.edgeWords[generator.below(Self.edgeWords.count)]
        if generator.below(2) == 0 {
          word += OrganisationStageOracleTests.randomWord(&generator)
        }
      }
      words.append(word)
      words.append(word.uppercased())
    }
    var comparisons = 0
    for word in words {
      let bytes = Array(word.utf8)
      for set in Self.sets {
        bytes.withUnsafeBufferPointer { buffer in
          #expect(set.contains(buffer, 0..<buffer.count) == set.strings.contains(word), "\(word)")
          #expect(
            set.contains(lowerCaseOf: buffer, 0..<buffer.count)
              == set.strings.contains(word.lowercased()), "\(word)")
        }
        comparisons += 2
      }
    }
    #expect(comparisons > 200_000)
  }
}
