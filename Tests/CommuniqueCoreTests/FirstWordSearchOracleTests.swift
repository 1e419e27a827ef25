import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `FirstWordSearch` finds what `WordSearch` finds (the gazetteer's and lexicon's names, and
/// random needles, with ties and duplicates), and `OrganisationExtractor.spelledOutNames(in:)`
/// gives what it gave (`SpelledOutNamesOracle`), on the corpus' paragraphs and lines, random
/// sentences and random texts of the lexicons' words with elisions, no-break spaces,
/// combining marks and emoji.
@Suite struct FirstWordSearchOracleTests {
  /// Compares the two searches on `text`; returns 1.
  static func compare(
    _ search: FirstWordSearch, _ oracle: WordSearch<String>, on text: String
  ) -> Int {
    let scalarText = ScalarText(text)
    let found = search.matches(in: scalarText)
    let expected = oracle.matches(in: scalarText)
    #expect(found.map(\.range) == expected.map(\.range), "\(text)")
    #expect(found.map { search.tags[$0.tag] } == expected.map(\.tag), "\(text)")
    return 1
  }

  /// Compares the spelled-out names of `text` with the oracle's; returns 1.
  static func compareNames(on text: String) -> Int {
    let paragraph = ScalarText(text)
    let found = OrganisationExtractor.spelledOutNames(in: paragraph)
    let expected = SpelledOutNamesOracle.names(in: paragraph)
    #expect(
      found.map { OrganisationExtractor.gazetteerNames.tags[$0.tag] } == expected.map(\.name),
      "\(text)")
    #expect(found.map(\.ranges) == expected.map(\.ranges), "\(text)")
    return 1
  }

  /// Random texts: the lexicons' words, and the oracle corpus' words, marks and names.
  static func randomTexts(seed: UInt64, count: Int) -> [String] {
    var generator = SplitMix(state: seed)
    let names = OrganisationExtractor.spelledOutNeedles
    var texts: [String] = []
    for _ in 0..<count {
      texts.append(
        OrganisationStageOracleTests.randomText(&generator, words: 1 + generator.below(40)))
      var name = names[generator.below(names.count)]
      switch generator.below(4) {
      case 0: name = name.uppercased()
      case 1: name = name.lowercased()
      case 2: name = name.replacingOccurrences(of: "’", with: "'")
      default: break
      }
      texts.append(OracleCorpus.randomText([name, name + "s", "l’" + name], &generator, count: 12))
    }
    return texts
  }

  @Test func gazetteerNamesAreFoundAsBefore() {
    var comparisons = 0
    for text in OrganisationLookupOracleTests.texts + Self.randomTexts(seed: 3, count: 10_000) {
      comparisons += Self.compare(
        OrganisationExtractor.gazetteerNames, SpelledOutNamesOracle.search, on: text)
      comparisons += Self.compareNames(on: text)
    }
    #expect(comparisons > 60_000)
  }

  @Test(arguments: 0..<20)
  func randomNeedlesAreFoundAsBefore(seed: Int) {
    var generator = SplitMix(state: UInt64(seed))
    var needles: [(text: String, caseSensitive: Bool, tag: String)] = []
    for tag in 0..<(1 + generator.below(300)) {
      var text = OrganisationStageOracleTests.randomWord(&generator)
      for _ in 0..<generator.below(3) {
        text += [" ", "\u{00A0}", "-", "’", "'", ", "][generator.below(6)]
        text += OrganisationStageOracleTests.randomWord(&generator)
      }
      if generator.below(6) == 0 { text = String(text.prefix(1 + generator.below(2))) }
      // Needles alike but for their case, and the same needle under two tags.
      if generator.below(5) == 0, let other = needles.last?.text {
        text = generator.below(2) == 0 ? other.uppercased() : other
      }
      needles.append((text: text, caseSensitive: generator.below(2) == 0, tag: "\(tag)"))
    }
    let search = FirstWordSearch(needles)
    let oracle = WordSearch(needles)
    var comparisons = 0
    for _ in 0..<400 {
      var text = OrganisationStageOracleTests.randomText(&generator, words: 1 + generator.below(60))
      for _ in 0..<generator.below(3) {
        let needle = needles[generator.below(needles.count)].text
        text += [" ", "", "’", "-"][generator.below(4)]
        text += generator.below(2) == 0 ? needle : needle.lowercased()
      }
      comparisons += Self.compare(search, oracle, on: text)
    }
    for text in OracleCorpus.sentences(200, seed: UInt64(seed)) {
      comparisons += Self.compare(search, oracle, on: text)
    }
    #expect(comparisons == 600)
  }

  /// The search's premise: folding keeps every scalar in or out of words.
  @Test func foldingKeepsWords() {
    var comparisons = 0
    WordScalars.withTable { table in
      for value in 0...0x10FFFF {
        guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
        let pair = [scalar, ScalarText.fold(scalar)]
        pair.withUnsafeBufferPointer { pair in
          #expect(
            WordScalars.isBoundary(after: 0, pair, table)
              == WordScalars.isBoundary(after: 1, pair, table), "U+\(String(value, radix: 16))")
        }
        comparisons += 1
      }
    }
    #expect(comparisons > 1_000_000)
    // `FirstWordSearch` answers for General Punctuation without asking.
    WordScalars.withTable { table in
      for value in 0x2000..<0x2070 {
        let scalar = [Unicode.Scalar(UInt32(value))!]
        scalar.withUnsafeBufferPointer { #expect(WordScalars.isBoundary(after: 0, $0, table)) }
      }
    }
  }

  /// The bodies the spelled-out names record are the look-ups made for each match before.
  @Test func spelledOutBodiesAreLookedUpAsBefore() {
    for (tag, name) in OrganisationExtractor.gazetteerNames.tags.enumerated() {
      let body = OrganisationExtractor.spelledOutBodies[tag]
      if let known = KnownOrganisationKeys.entry(for: name) {
        #expect(body.name == known.name && body.acronym == known.acronym)
        #expect(body.aliases == (known.name == name ? [] : [name]))
      } else {
        #expect(body.name == name && body.acronym == Gazetteer.entry(for: name)?.acronym)
        #expect(body.aliases.isEmpty)
      }
      #expect(OrganisationExtractor.isUnitedNations[tag] == (name.lowercased() == "nations unies"))
    }
    let tags = OrganisationExtractor.gazetteerNames.tags
    #expect(Set(tags.map { Array($0.utf8) }).count == tags.count)
  }
}

/// `OrganisationExtractor.trimmed(_:)` gives what trimming by characters gave, on the
/// corpus' word runs and random texts' with punctuation, no-break spaces and marks at the ends.
@Suite struct TrimmedNameOracleTests {
  @Test func namesAreTrimmedAsBefore() {
    let ends = [
      "", " ", ".", ",", ";", ":", "\u{00A0}", "\u{202F}", "\n", "\r\n", "\u{0301}", ".\u{0301}",
      " \u{0301}", "\u{0085}", "\u{001F}", "\u{0600}", "a", "é", "\t", "\u{2028}",
    ]
    var comparisons = 0
    var generator = SplitMix(state: 23)
    for text in OrganisationLookupOracleTests.texts {
      let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
      for start in words.indices {
        let name = words[start...].prefix(1 + generator.below(5)).joined(separator: " ")
        let before = ends[generator.below(ends.count)]
        let after = ends[generator.below(ends.count)]
        for variant in [name, before + name + after] {
          let expected = variant.trimmingWhiteSpace().trimmingCharacters(in: [".", ",", ";", ":"])
            .trimmingWhiteSpace()
          #expect(OrganisationExtractor.trimmed(variant) == expected, "\(variant)")
          comparisons += 1
        }
      }
    }
    #expect(comparisons > 100_000)
  }
}
