import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// The organisation stage's byte and scalar readers give what the character-based code they
/// replace gave (`OrganisationOracle`), on every line of the fixtures, the sample releases and
/// the generated releases of `/tmp/bench100` when it is there, and on random texts built from
/// the lexicons' words with elisions, commas, no-break spaces, combining marks, emoji and CR LF.
@Suite struct OrganisationStageOracleTests {
  /// The paragraphs to compare on: each line of each file, and each file whole.
  static let corpus: [String] = {
    var folders = [Fixtures.folder, Fixtures.content]
    let generated = URL(fileURLWithPath: "/tmp/bench100")
    if FileManager.default.fileExists(atPath: generated.path) { folders.append(generated) }
    var texts: [String] = []
    for folder in folders {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".txt") {
        guard
          let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
        else { continue }
        let text = TextDecoder.decode([UInt8](data)).text
        texts.append(text)
        texts += text.split(separator: "\n").map(String.init)
      }
    }
    return texts
  }()

  /// Words to build random texts from: the lexicons', and pieces that join characters.
  static let vocabulary: [String] = {
    var words =
      InstitutionNouns.opening + PersonWords.roles.sorted()
      + PersonWords.roleQualifiers.sorted() + AcronymPairing.connectors.sorted()
      + Gazetteer.entries.flatMap { ($0.name + " " + $0.acronym).split(separator: " ") }.map(
        String.init)
      + Array(PlaceNames.all.sorted().prefix(200))
    words += [
      "dont", "qui", "avec", "notamment", "été", "où", "forces", "armées", "e\u{301}tat",
      "E\u{301}tat", "l’", "L'", "qu’", "Qu'", "d’\u{301}x", "l’\u{301}", "\u{0600}", "\r\n",
      "\r", "👩‍👩‍👧", "🇫🇷", "ǅ", "İstanbul", "ß", "ﬁ", "Ⓐ", "\u{200D}", "\u{200C}", "«", "»",
      ",", "-", "Nations-Unies", "\u{00A0}", "\u{202F}", "A\u{300}", "\u{1100}\u{1161}", ".",
      ";", "(", ")", "OIM", "R&D", "G5", "ÉCOLE", "Ünited", "\u{0345}", "x\u{0903}", "ĸ",
    ]
    return words
  }()

  /// A random word: as written, capitalised, in capitals or in lower case, maybe elided.
  static func randomWord(_ generator: inout SplitMix) -> String {
    var word = vocabulary[generator.below(vocabulary.count)]
    switch generator.below(5) {
    case 0: word = word.prefix(1).uppercased() + word.dropFirst()
    case 1: word = word.uppercased()
    case 2: word = word.lowercased()
    default: break
    }
    switch generator.below(8) {
    case 0: word = ["l’", "d’", "L'", "qu’", "Qu'", "D’", "l'"][generator.below(7)] + word
    case 1: word += ","
    default: break
    }
    return word
  }

  /// A random text of `count` words and separators.
  static func randomText(_ generator: inout SplitMix, words count: Int) -> String {
    let separators = [" ", " ", " ", " ", "\u{00A0}", ", ", " \u{0301}", "  ", "-", " , "]
    var text = ""
    for index in 0..<count {
      if index > 0 { text += separators[generator.below(separators.count)] }
      text += randomWord(&generator)
    }
    return text
  }

  /// The acronyms to try before a parenthesis: the initials of the last words, the
  /// parenthesis' own text, and a few fixed ones.
  static func acronyms(before window: Substring, inner: Substring?) -> [String] {
    let words = OrganisationOracle.tokens(window)
    var result = ["OIM", "ABC", "UE"]
    var initials = ""
    for word in words.suffix(6).reversed() {
      if let first = word.bare.first { initials = first.uppercased() + initials }
      result.append(initials)
    }
    if let inner { result.append(String(inner)) }
    return result
  }

  /// Compares the pairing of every parenthesis of `text` (and of its end) with the oracle's;
  /// returns the number of comparisons.
  static func comparePairings(in text: String) -> Int {
    var comparisons = 0
    var ends = text.unicodeScalars.indices.filter { text.unicodeScalars[$0] == "(" }
    ends.append(text.endIndex)
    for end in ends {
      let window = CharacterWindow.suffix(of: text, before: end, length: 300)
      let expected = text[..<end].suffix(300)
      #expect(window.startIndex == expected.startIndex && window.endIndex == expected.endIndex)
      let bytes = Array(expected.utf8)
      let words = bytes.withUnsafeBufferPointer {
        ClauseWord.clause(ending: expected, bytes: $0).words
      }
      let oracleWords = OrganisationOracle.tokens(expected)
      let wordText = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
      #expect(words.map { wordText($0.text) } == oracleWords.map(\.text))
      #expect(words.map { wordText($0.bare) } == oracleWords.map(\.bare))
      #expect(words.map(\.comma) == oracleWords.map(\.comma))
      #expect(words.map(\.capitalised) == oracleWords.map { $0.bare.first?.isUppercase == true })
      let inner =
        end < text.endIndex
        ? text[text.unicodeScalars.index(after: end)...].prefix { $0 != ")" } : nil
      for acronym in acronyms(before: expected, inner: inner) {
        let found = AcronymPairing.name(before: expected, acronym: acronym)
        let oracle = OrganisationOracle.name(before: expected, acronym: acronym)
        #expect(found == oracle, "\(acronym) after \(expected)")
        comparisons += 1
      }
    }
    return comparisons
  }

  /// Compares the acronym tokens, elisions and lower-casing of `text` with the oracle's.
  static func compareWords(in text: String) -> Int {
    let ranges = AcronymToken.ranges(in: ScalarText(text))
    #expect(ranges == OrganisationOracle.acronymTokens(in: text), "\(text)")
    var comparisons = 1
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
      let word = String(word)
      #expect(AcronymPairing.stripElision(word) == OrganisationOracle.stripElision(word))
      #expect(LatinLowercase.of(word) == word.lowercased())
      comparisons += 2
    }
    return comparisons
  }

  @Test func corpusParagraphsPairAsBefore() {
    var comparisons = 0
    for text in Self.corpus {
      comparisons += Self.comparePairings(in: text) + Self.compareWords(in: text)
    }
    #expect(comparisons > 10_000)
  }

  @Test(arguments: 0..<20)
  func randomTextsPairAsBefore(seed: Int) {
    var generator = SplitMix(state: UInt64(seed))
    var comparisons = 0
    for _ in 0..<500 {
      let text = Self.randomText(&generator, words: 1 + generator.below(70))
      let paragraph = text + (generator.below(3) == 0 ? "" : " (" + Self.randomWord(&generator))
      comparisons += Self.comparePairings(in: paragraph) + Self.compareWords(in: paragraph)
    }
    #expect(comparisons > 2_000)
  }

  /// Long windows: more than 300 characters in one clause, with a character that is no lone
  /// scalar at every place of the window's edge.
  @Test func windowEdgesCountCharacters() {
    let base = String(repeating: "Organisation des Nations Unies ", count: 12)
    for joiner in ["e\u{301}", "\r\n", "\u{0600}x", "👩‍👩‍👧", "é"] {
      for position in stride(from: 0, through: base.unicodeScalars.count, by: 7) {
        var scalars = Array(base.unicodeScalars)
        scalars.insert(contentsOf: joiner.unicodeScalars, at: position)
        var text = String(String.UnicodeScalarView(scalars))
        text += "(ONU)"
        _ = Self.comparePairings(in: text)
      }
    }
  }

  /// Two lone scalars never make one character, whichever comes first: what lets the window
  /// and the clause be cut on bytes.
  @Test func loneScalarsAreCharactersOfTheirOwn() {
    let lone = (0..<0x20C0).compactMap(Unicode.Scalar.init).filter { scalar in
      var bytes = Array(String(scalar).utf8)
      return bytes.withUnsafeMutableBufferPointer { buffer in
        LoneScalars.length(at: 0, in: UnsafeBufferPointer(buffer)) == buffer.count
      }
    }
    #expect(lone.count > 900)
    #expect(!lone.contains("\r") && !lone.contains("\u{200D}") && !lone.contains("\u{0301}"))
    for first in lone {
      for second in lone {
        var pair = String.UnicodeScalarView()
        pair.append(first)
        pair.append(second)
        if String(pair).count != 2 {
          Issue.record("U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))")
          return
        }
      }
    }
  }

  /// `LatinLowercase` is `lowercased()` on every Latin-1 scalar and beyond.
  @Test func latinLowercaseIsLowercased() {
    for value in 0..<0x250 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "Ab" + String(scalar) + "É"
      #expect(LatinLowercase.of(text) == text.lowercased(), "U+\(String(value, radix: 16))")
    }
  }
}

/// `AcronymShape` matches what the regular expression it replaced matched, on every word of
/// the corpus, on random words and on every scalar's class.
@Suite struct AcronymShapeOracleTests {
  /// The replaced pattern, built from the same source.
  static let oracle = try! NSRegularExpression(pattern: #"^[\p{Lu}][\p{Lu}\p{Ll}0-9&\-]{0,11}$"#)

  static func oracleMatches(_ text: String) -> Bool {
    oracle.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  @Test func corpusWordsAndPartsMatchAsBefore() {
    var comparisons = 0
    for text in OrganisationStageOracleTests.corpus {
      for word in text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
        for candidate in [
          String(word), String(word).trimmingCharacters(in: .punctuationCharacters),
        ] {
          #expect(AcronymShape.matches(candidate) == Self.oracleMatches(candidate), "\(candidate)")
          comparisons += 1
        }
      }
    }
    #expect(comparisons > 10_000)
  }

  @Test(arguments: 0..<10)
  func randomWordsMatchAsBefore(seed: Int) {
    var generator = SplitMix(state: UInt64(seed))
    let pieces = [
      "A", "B", "Z", "É", "Ω", "Ж", "a", "é", "ß", "ĸ", "ǅ", "0", "9", "&", "-", "_", "’", " ",
      "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0301}",
      "𝐀", "𝐚", "ᾈ", "Ⅻ", "ⓐ", "Ⓐ", "١", "\u{00A0}", "ﬁ", "İ", "ǈ",
    ]
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<generator.below(16) { text += pieces[generator.below(pieces.count)] }
      #expect(
        AcronymShape.matches(text) == Self.oracleMatches(text),
        "\(text.unicodeScalars.map(\.value))")
    }
  }

  /// Each scalar alone, after a capital and after a capital with a final line break.
  @Test func everyScalarIsClassedAsBefore() {
    var mismatches: [UInt32] = []
    for value in 0...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let single = String(scalar)
      for text in [single, "A" + single, single + "\n"]
      where AcronymShape.matches(text) != Self.oracleMatches(text) {
        mismatches.append(UInt32(value))
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20).map { String($0, radix: 16) })")
  }
}

/// `ListTail` captures what the regular expression it replaced captured, on the text after
/// every space of the corpus and on random tails.
@Suite struct ListTailOracleTests {
  /// The replaced pattern, built from the same source.
  static let oracle = try! NSRegularExpression(
    pattern: #"^\s+et\s+(?:l['’]|la\s+|le\s+|les\s+)?([\p{Lu}][\p{L}\-’']+"#
      + #"(?:\s+[\p{Lu}][\p{L}\-’']+){0,3})(?=\s*[,.;)]|\s+[\p{Ll}]|$)"#)

  static func oracleName(_ text: String) -> Range<String.Index>? {
    guard let match = oracle.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    else { return nil }
    return Range(match.range(at: 1), in: text)
  }

  static func compare(_ text: String) {
    #expect(ListTail.name(in: text) == oracleName(text), "\(text)")
  }

  @Test func corpusTailsMatchAsBefore() {
    var comparisons = 0
    for text in OrganisationStageOracleTests.corpus {
      let scalars = text.unicodeScalars
      for index in scalars.indices where scalars[index] == " " {
        guard scalars[index...].dropFirst().prefix(5).contains("e") else { continue }
        Self.compare(String(text[index...].prefix(120)))
        comparisons += 1
      }
    }
    #expect(comparisons > 1_000)
  }

  @Test(arguments: 0..<10)
  func randomTailsMatchAsBefore(seed: Int) {
    var generator = SplitMix(state: UInt64(seed))
    let spaces = [
      " ", "  ", "\u{00A0}", "\n", "\u{0B}", "\u{85}", "\u{2028}", "\u{202F}", "\t", "",
    ]
    let articles = ["", "", "l’", "l'", "la", "le", "les", "La", "l", "lé", "les", "le "]
    let words = [
      "Al-Wafa", "Croix-Rouge", "Banque", "ONU", "A", "Ét", "Ω", "ǅa", "Ünion", "O’Neil", "d’",
      "mondiale", "française", "3D", "X2", "é", "Agence", "E\u{301}tat", "A’", "B-", "Aß",
    ]
    let ends = ["", ",", ".", ";", ")", " et", " de", " (", "\n", "\r\n", "\n\n", "!", " 2", " É"]
    for _ in 0..<3_000 {
      var text = spaces[generator.below(spaces.count)] + (generator.below(6) == 0 ? "Et" : "et")
      text += spaces[generator.below(spaces.count)] + articles[generator.below(articles.count)]
      if generator.below(2) == 0 { text += spaces[generator.below(spaces.count)] }
      for index in 0..<(1 + generator.below(6)) {
        if index > 0 { text += spaces[generator.below(spaces.count)] }
        text += words[generator.below(words.count)]
      }
      text += ends[generator.below(ends.count)]
      Self.compare(text)
    }
  }

  /// Each scalar as a word's letter, as a space and as what follows the name.
  @Test func everyScalarIsClassedAsBefore() {
    var mismatches: [UInt32] = []
    for value in 0...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let single = String(scalar)
      for text in [
        " et A\(single)", " et\(single)Ab", " et Ab\(single)a", " et \(single)b",
        " et Ab \(single)",
      ]
      where ListTail.name(in: text) != Self.oracleName(text) {
        mismatches.append(UInt32(value))
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20).map { String($0, radix: 16) })")
  }
}
