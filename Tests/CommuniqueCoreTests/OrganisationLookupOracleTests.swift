import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// The organisation stage's look-ups read on buffers and bytes give what the code they
/// replace gave: `WordSearch` against `WordSearchOracle` (the gazetteer's names and random
/// needles), `WordScalars` against `ScalarText`'s boundaries, `KnownOrganisationKeys` against
/// `KnownOrganisations`' own look-ups, `OrganisationExtractor.capitals(in:)` against
/// counting the upper-case characters, and `OrganisationExtractor.opensWithDescriptorHead`
/// against the first word's look-up; on the corpus (fixtures, sample releases,
/// `/tmp/bench100` when it is there), on random sentences and on random texts built from the
/// lexicons' words with elisions, no-break spaces, combining marks and emoji.
@Suite struct OrganisationLookupOracleTests {
  /// The texts to compare on: the corpus' paragraphs and lines, and random sentences.
  static let texts: [String] = {
    var texts = OrganisationStageOracleTests.corpus + OracleCorpus.paragraphs
    texts += OracleCorpus.sentences(3_000)
    var generator = SplitMix(state: 11)
    for _ in 0..<3_000 {
      texts.append(
        OrganisationStageOracleTests.randomText(&generator, words: 1 + generator.below(40)))
    }
    return texts
  }()

  /// Compares two searches' matches on `text`; returns 1.
  static func compare<Tag: Equatable>(
    _ search: WordSearch<Tag>, _ oracle: WordSearchOracle<Tag>, on text: String
  ) -> Int {
    let scalarText = ScalarText(text)
    let found = search.matches(in: scalarText)
    let expected = oracle.matches(in: scalarText)
    #expect(found.map(\.range) == expected.map(\.range), "\(text)")
    #expect(found.map(\.tag) == expected.map(\.tag), "\(text)")
    return 1
  }

  @Test func gazetteerNamesAreFoundAsBefore() {
    let needles = OrganisationExtractor.spelledOutNeedles.map {
      (text: $0, caseSensitive: !$0.containsText(" "), tag: $0)
    }
    let search = WordSearch(needles)
    let oracle = WordSearchOracle(needles)
    var comparisons = 0
    for text in Self.texts {
      comparisons += Self.compare(search, oracle, on: text)
    }
    #expect(comparisons > 15_000)
  }

  @Test(arguments: 0..<20)
  func randomNeedlesAreFoundAsBefore(seed: Int) {
    var generator = SplitMix(state: UInt64(seed))
    var needles: [(text: String, caseSensitive: Bool, tag: Int)] = []
    for tag in 0..<(1 + generator.below(300)) {
      var text = OrganisationStageOracleTests.randomWord(&generator)
      for _ in 0..<generator.below(3) {
        text += [" ", "\u{00A0}", "-", "’"][generator.below(4)]
        text += OrganisationStageOracleTests.randomWord(&generator)
      }
      if generator.below(6) == 0 { text = String(text.prefix(1 + generator.below(2))) }
      needles.append((text: text, caseSensitive: generator.below(2) == 0, tag: tag))
    }
    let search = WordSearch(needles)
    let oracle = WordSearchOracle(needles)
    var comparisons = 0
    for _ in 0..<300 {
      var text = OrganisationStageOracleTests.randomText(&generator, words: 1 + generator.below(60))
      if generator.below(2) == 0 {
        text += " " + needles[generator.below(needles.count)].text
      }
      comparisons += Self.compare(search, oracle, on: text)
    }
    for text in OracleCorpus.sentences(200, seed: UInt64(seed)) {
      comparisons += Self.compare(search, oracle, on: text)
    }
    #expect(comparisons == 500)
  }

  /// Each scalar before and after a word, below U+3000 and then every 61st.
  @Test func wordBoundariesAreScalarTexts() {
    var values = Array(0..<0x3000)
    values += stride(from: 0x3000, through: 0x10FFFF, by: 61)
    var comparisons = 0
    WordScalars.withTable { table in
      for value in values {
        guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
        let text = ScalarText(String(scalar) + "a")
        text.scalars.withUnsafeBufferPointer { scalars in
          #expect(
            WordScalars.isBoundary(before: 1, scalars, table) == text.isBoundary(before: 1),
            "U+\(String(value, radix: 16))")
          #expect(
            WordScalars.isBoundary(after: 0, scalars, table) == text.isBoundary(after: 0),
            "U+\(String(value, radix: 16))")
        }
        comparisons += 1
      }
    }
    #expect(comparisons > 25_000)
  }

  /// Compares the look-ups of `name` with the old ones (`KnownOrganisationsOracle`); returns 1.
  static func compareKnown(_ name: String) -> Int {
    let found = KnownOrganisationKeys.entry(for: name)
    let expected = KnownOrganisationsOracle.entry(for: name)
    #expect(found?.name == expected?.name, "\(name)")
    #expect(found?.acronym == expected?.acronym, "\(name)")
    #expect(found?.aliases == expected?.aliases, "\(name)")
    #expect(
      KnownOrganisationKeys.isKnown(name) == KnownOrganisationsOracle.isKnown(name), "\(name)")
    let lower = name.lowercased()
    #expect(
      KnownOrganisationKeys.key(name)
        == (lower.contains("'") ? lower.replacingOccurrences(of: "'", with: "’") : lower),
      "\(name)")
    #expect(
      KnownOrganisationKeys.isNotOrganisation(key: KnownOrganisationKeys.key(name))
        == KnownOrganisationsOracle.isNotOrganisation(name), "\(name)")
    return 1
  }

  @Test func knownNamesAreLookedUpAsBefore() {
    var names: [String] = KnownOrganisations.notOrganisations.sorted()
    for entry in KnownOrganisations.entries {
      names += [entry.name] + (entry.acronym.map { [$0] } ?? []) + entry.aliases
    }
    var comparisons = 0
    for name in names {
      for variant in [
        name, name.lowercased(), name.uppercased(), name.replacingOccurrences(of: "’", with: "'"),
        name.prefix(1).lowercased() + name.dropFirst(), "l’" + name, name + "\u{0301}",
        "'\u{0301}" + name, name + "'", "\u{0600}'" + name,
      ] {
        comparisons += Self.compareKnown(variant)
      }
    }
    for text in Self.texts {
      let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
      for count in 1...4 where words.count >= count {
        for start in 0...(words.count - count) {
          comparisons += Self.compareKnown(words[start..<(start + count)].joined(separator: " "))
        }
      }
    }
    #expect(comparisons > 100_000)
  }

  @Test func capitalsAreCountedAsBefore() {
    var comparisons = 0
    var generator = SplitMix(state: 5)
    let pieces = ["A", "É", "a", "\r\n", "\r", "\n", "0", "&", "-", "\u{0301}", "ǅ", "👩‍👩‍👧", "Ⓐ"]
    var words: [String] = (0..<5_000).map { _ in
      (0..<generator.below(12)).map { _ in pieces[generator.below(pieces.count)] }.joined()
    }
    for text in Self.texts {
      words += text.split(separator: " ").map(String.init)
    }
    for word in words {
      #expect(
        OrganisationExtractor.capitals(in: word) == word.filter(\.isUppercase).count, "\(word)")
      comparisons += 1
    }
    #expect(comparisons > 50_000)
  }

  /// The heads `OrganisationExtractor.isDescriptor` looked the first word up in.
  static let descriptorHeads: Set<String> = [
    "Agence", "Organisation", "organisme", "Organisme", "institution",
  ]

  @Test func descriptorHeadsAreFoundAsBefore() {
    var names: [String] = []
    for head in Self.descriptorHeads {
      for tail in [
        "", " ", " des Nations Unies", " \u{301}x", "\u{301} x", " é", "  x", "s x", "\u{00A0}x",
        " \u{200D}", "\r\n", " \r\n", "\u{0600} x", " 👩‍👩‍👧",
      ] {
        names += [head + tail, head.uppercased() + tail, "l’" + head + tail]
      }
    }
    for text in Self.texts {
      let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
      for start in words.indices {
        names.append(words[start...].prefix(4).joined(separator: " "))
      }
    }
    var comparisons = 0
    for name in names {
      #expect(
        OrganisationExtractor.opensWithDescriptorHead(name)
          == Self.descriptorHeads.contains(String(name.prefix { $0 != " " })), "\(name)")
      comparisons += 1
    }
    #expect(comparisons > 50_000)
  }
}
