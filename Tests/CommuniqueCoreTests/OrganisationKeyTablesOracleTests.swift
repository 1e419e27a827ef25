import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// The organisation stage's look-ups on the bytes of a name (`TextKeyTable`, `LatinKeyBytes`)
/// give what the `String` keys and `TextKey` dictionaries they replace gave
/// (`OrganisationKeyTablesOracle`): the gazetteer's entries by acronym and by folded name, the
/// lexicon's entries and names of no body, the filter's verdict, and the stage's tables of
/// spelled-out names; on every word run of the corpus, the lexicons' names written in many
/// ways, and random texts with elisions, no-break spaces, combining marks and emoji.
@Suite struct OrganisationKeyTablesOracleTests {
  /// The names to look up: the gazetteer's and lexicon's in many spellings, and runs of one to
  /// four words of the corpus and of random texts.
  static let names: [String] = {
    var bases: [String] = KnownOrganisations.notOrganisations.sorted()
    for entry in KnownOrganisations.entries {
      bases += [entry.name] + (entry.acronym.map { [$0] } ?? []) + entry.aliases
    }
    for entry in Gazetteer.entries {
      bases += [entry.name, entry.acronym] + entry.aliases
    }
    bases += Gazetteer.notOrganisations.sorted() + PersonWords.roles.sorted()
    var names: [String] = []
    for name in bases {
      names += [
        name, name.lowercased(), name.uppercased(), name.replacingOccurrences(of: "’", with: "'"),
        name.replacingOccurrences(of: "'", with: "’"),
        name.prefix(1).lowercased() + name.dropFirst(),
        "l’" + name, "L'" + name, "qu’" + name, "d’\u{0301}" + name, "l'" + name + "'",
        name + "\u{0301}", "'\u{0301}" + name, name + "'", "\u{0600}'" + name, "d’", "qu'",
        name.replacingOccurrences(of: "é", with: "e\u{0301}"), "l’\u{00C9}" + name, "K\u{212A}",
      ]
    }
    for text in OrganisationLookupOracleTests.texts {
      let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
      for count in 1...4 where words.count >= count {
        for start in 0...(words.count - count) {
          names.append(words[start..<(start + count)].joined(separator: " "))
        }
      }
    }
    return names
  }()

  /// Compares every look-up of `name` with the oracle's; returns 1.
  static func compare(_ name: String) -> Int {
    let oracle = OrganisationKeyTablesOracle.self
    #expect(Gazetteer.entry(for: name)?.name == oracle.gazetteerEntry(for: name)?.name, "\(name)")
    #expect(
      OrganisationRegistry.gazetteerEntry(named: name)?.name
        == oracle.gazetteerEntry(named: name)?.name, "\(name)")
    let known = KnownOrganisationKeys.entry(for: name)
    let expected = KnownOrganisationsOracle.entry(for: name)
    #expect(known?.name == expected?.name && known?.acronym == expected?.acronym, "\(name)")
    #expect(known?.aliases == expected?.aliases, "\(name)")
    let key = KnownOrganisationKeys.key(name)
    #expect(KnownOrganisationKeys.entry(key: key)?.name == expected?.name, "\(name)")
    let notOrganisation = KnownOrganisationsOracle.isNotOrganisation(name)
    #expect(KnownOrganisationKeys.isNotOrganisation(name) == notOrganisation, "\(name)")
    #expect(KnownOrganisationKeys.isNotOrganisation(key: key) == notOrganisation, "\(name)")
    let verdicts = KnownOrganisationKeys.verdicts(of: name)
    #expect(verdicts.known == (expected != nil), "\(name)")
    #expect(verdicts.notOrganisation == notOrganisation, "\(name)")
    #expect(
      OrganisationExtractor.isAcronymCompound(name) == oracle.isAcronymCompound(name), "\(name)")
    #expect(
      OrganisationExtractor.namesUnitedNations(name)
        == (LatinLowercase.of(name) == "nations unies"), "\(name)")
    return 1
  }

  @Test func namesAreLookedUpAsBefore() {
    var comparisons = 0
    for name in Self.names {
      comparisons += Self.compare(name)
    }
    #expect(comparisons > 150_000)
  }

  @Test(arguments: 0..<8)
  func randomNamesAreLookedUpAsBefore(seed: Int) {
    var generator = SplitMix(state: UInt64(1_000 + seed))
    let pieces = [
      "l’", "L'", "d’", "qu'", "Qu’", "'", "’", "-", " ", "\u{00A0}", "\u{0301}", "\u{0600}", "é",
      "É", "×", "ß", "ÿ", "Ÿ", "İ", "ǅ", "\u{212A}", "👩‍👩‍👧", "OIM", "ONU", "Nations", "Unies",
      "UN", "Habitat", "nations unies", "union européenne", "UE", "HCR", "Fonds", "de l'", "ﬁ",
    ]
    var comparisons = 0
    for _ in 0..<4_000 {
      var name = ""
      for _ in 0..<(1 + generator.below(5)) {
        name +=
          generator.below(2) == 0
          ? pieces[generator.below(pieces.count)]
          : OrganisationStageOracleTests.randomWord(&generator)
      }
      comparisons += Self.compare(name)
    }
    #expect(comparisons == 4_000)
  }

  /// The whole filter, with and without acronyms, against the old one.
  @Test func filterGivesTheSameVerdicts() {
    var comparisons = 0
    var generator = SplitMix(state: 77)
    let acronyms = ["OIM", "ABC", "ONG", "UE", "HCR", "Tél", "l’OIM", "X\u{0301}Y"]
    for name in Self.names where generator.below(4) == 0 {
      for acronym in [nil, acronyms[generator.below(acronyms.count)]] {
        #expect(
          OrganisationFilter.isNotOrganisation(name, acronym: acronym)
            == OrganisationKeyTablesOracle.isNotOrganisation(name, acronym: acronym),
          "\(name) \(acronym ?? "-")")
        comparisons += 1
      }
    }
    #expect(comparisons > 50_000)
  }

  /// The stage's tables of spelled-out names, worked out once, are what they were.
  @Test func spelledOutTablesAreAsBefore() {
    let tags = OrganisationExtractor.gazetteerNames.tags
    #expect(
      OrganisationExtractor.acronymCompounds
        == tags.map(OrganisationKeyTablesOracle.isAcronymCompound))
    #expect(
      OrganisationExtractor.isUnitedNations == tags.map { LatinLowercase.of($0) == "nations unies" }
    )
    #expect(tags.count > 500)
  }

  /// The byte transforms against the `String` code on every scalar below U+3000 between
  /// letters and after an elision.
  @Test func transformsAgreeOnEveryScalar() {
    var comparisons = 0
    for value in 0..<0x3000 {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      for text in ["A" + String(scalar) + "b", "l’" + String(scalar), "qu'" + String(scalar) + "É"]
      {
        let lower = LatinKeyBytes.with(text, LatinKeyBytes.lowercased) { Array($0) }
        if let lower {
          #expect(String(decoding: lower, as: UTF8.self) == LatinLowercase.of(text), "\(text)")
          #expect(lower == Array(LatinLowercase.of(text).utf8), "\(text)")
        }
        #expect(
          OrganisationRegistry.gazetteerEntry(named: text)?.name
            == OrganisationKeyTablesOracle.gazetteerEntry(named: text)?.name)
        #expect(
          Gazetteer.entry(for: text)?.name
            == OrganisationKeyTablesOracle.gazetteerEntry(for: text)?.name)
        comparisons += 1
      }
    }
    #expect(comparisons > 30_000)
  }

  /// A table with keys that are not plain (decomposed, with a dash, with `’` and a mark, a
  /// dotted `i` that composes with nothing) answers as its dictionary on plain and other keys.
  @Test func tablesWithOtherKeysAnswerAsTheirDictionaries() {
    let keyTexts = [
      "e\u{301}te", "plain", "a–b", "x\u{301}’y", "l’oim", "ÉTÉ", "\u{212A}elvin", "", "a\u{2000}b",
      "İnsani".lowercased(), "c\u{327}a", "\u{212B}",
    ]
    var comparisons = 0
    for count in 1...keyTexts.count {
      var dictionary: [TextKey: Int] = [:]
      for (index, text) in keyTexts.prefix(count).enumerated()
      where dictionary[TextKey(text)] == nil {
        dictionary[TextKey(text)] = index
      }
      let table = TextKeyTable(dictionary)
      for query in keyTexts + [
        "éte", "Kelvin", "kelvin", "x́’y", "ÿ", "a\u{2002}b", "a–b", "plain ", "l'oim", "été",
        "insani", "i\u{307}nsani", "ça", "Å", "A\u{30A}",
      ] {
        #expect(table.value(for: query) == dictionary[TextKey(query)], "\(query) in \(count)")
        comparisons += 1
      }
    }
    #expect(comparisons > 100)
  }
}
