import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// The people scanners against their oracles on texts dense in names, roles and punctuation:
/// `AppositionScan` (which skips to the next comma) against the patterns it replaced, and
/// `NameScanner` against `NameScannerOracle`. The corpus paragraphs, those of the generated
/// releases of `/tmp/bench100` when it is there, and random texts.
struct PeopleScanOracleTests {
  /// The pieces random texts are made of, besides `OracleCorpus`'s words and marks.
  private static let pieces = [
    "Jean Dupont", "Carmela Godeau", "Amy Pope", ", ", ",", " ,", ". ", ".", "; ", ":", "(", ")",
    "«", "»", " « ", " » ", "le ", "la ", "Le ", "La ", "l’", "M. ", "Mme ", "directrice",
    "directeur", "chef de mission", "porte-parole", "Premier Ministre", "ministre", "qui",
    "Jean-Pierre N’Diaye", "al-Ahmad", "de", "du", "Di Giacomo", " ", "\u{00A0}", "\n", "32",
    " ans", "a dit", "1er", "Ḿ", "e\u{301}", "\u{0301}", "ë", "😀", "x", "X", "'", "-", "’",
    "Libye", "OIM", "DG",
  ]

  /// The texts every comparison runs on.
  private static let texts: [String] = {
    var texts = OracleCorpus.paragraphs
    let generated = URL(fileURLWithPath: "/tmp/bench100")
    if let files = try? FileManager.default.contentsOfDirectory(atPath: generated.path) {
      for file in files.sorted() {
        guard let data = FileManager.default.contents(atPath: generated.path + "/" + file) else {
          continue
        }
        let text = TextDecoder.decode([UInt8](data)).text
        texts += text.split(separator: "\n").map(String.init)
      }
    }
    var random = SplitMix(state: 20_261_202)
    for _ in 0..<40_000 {
      texts.append(OracleCorpus.randomText(pieces, &random, count: 30))
    }
    return texts
  }()

  private func describe(_ text: String, _ found: [(Range<String.Index>?, Range<String.Index>?)])
    -> [String]
  {
    found.map { name, role in
      "\(name.map { String(text[$0]) } ?? "-")|\(role.map { String(text[$0]) } ?? "-")|"
        + "\(name.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1)"
    }
  }

  @Test func appositionsReadAsThePatterns() {
    var compared = 0
    for text in Self.texts {
      let appositions = AppositionScan.appositions(in: text).map { ($0.name, $0.role) }
      let expected = ReplacedPatterns.apposition.matches(in: text).map {
        ($0.groups[0], $0.groups[1])
      }
      #expect(describe(text, appositions) == describe(text, expected), "\(text.debugDescription)")
      let roles = AppositionScan.rolesBeforeNames(in: text).map { ($0.name, $0.role) }
      let expectedRoles = ReplacedPatterns.roleBeforeName.matches(in: text).map {
        ($0.groups[1], $0.groups[0])
      }
      #expect(describe(text, roles) == describe(text, expectedRoles), "\(text.debugDescription)")
      compared += 2
    }
    #expect(compared > 80_000)
  }

  /// `rolesBeforeNames` skips to the first of `,.;:«»()`: no role word holds one.
  @Test func noRoleWordHoldsARoleEnd() {
    for word in PatternText.roleWords {
      #expect(!word.contains { [0x2C, 0x2E, 0x3B, 0x3A, 0x28, 0x29, 0xC2].contains($0) })
    }
  }

  @Test func honorificsReadAsBefore() {
    var words = ["", ".", "...", "M.", "..Mme..", "S.E.", "S.E", "s.e.", "MONSIEUR", "Dr.", "Ḿ."]
    words += ["Mme\u{301}", "Maître", "MAÎTRE", "Majesté.", "sem", "SEM.", "M\r\n", "Pr"]
    for text in Self.texts.prefix(60_000) { words += SpacedWords.split(text) }
    for word in words {
      #expect(
        PersonIndex.isHonorific(word)
          == PersonWords.honorifics.contains(word.lowercased().trimmingCharacters(in: ["."])),
        "\(word.debugDescription)")
    }
    #expect(words.count > 100_000)
  }

  /// Names of one to four words: runs of the texts' words, and random ones.
  private static let names: [String] = {
    var names = [
      "", " ", "Jean  Dupont", " Jean Dupont ", "DUPONT Jean", "Jean DUPONT", "ÉLISE Martin",
      "Élise Ñúñez", "ÆSOP Dupont", "Jean du Congo", "Mwami de Bukavu", "Jean de La Fontaine",
      "Le Maire", "M. Dupont", "Monsieur", "Président Dupont", "Jean ×", "Jean ß", "ÿves Ä",
      "Jean-Pierre N’Diaye", "Jean d’Ivoire", "Jean\tDupont", "OIM", "IOM Genève", "ÀÉ Dupont",
      "Ma Libye", "Côte d’Ivoire", "Jean Libye", "e\u{301}lise Martin", "Éa", "ÉA", "Jean 32",
    ]
    var random = SplitMix(state: 20_261_203)
    let words = texts.prefix(20_000).flatMap { SpacedWords.split($0) }
    for _ in 0..<60_000 {
      let count = 1 + random.below(4)
      names.append((0..<count).map { _ in words[random.below(words.count)] }.joined(separator: " "))
    }
    return names
  }()

  @Test func plausibleNamesReadAsBefore() {
    for name in Self.names {
      #expect(
        NamePattern.isPlausibleName(name) == PlausibleNameOracle.isPlausibleName(name),
        "\(name.debugDescription)")
      #expect(
        NameScanner.isPlausible(name) == NameScannerOracle.isPlausible(name),
        "\(name.debugDescription)")
    }
    #expect(Self.names.count > 60_000)
  }

  @Test func namesReadAsTheOracle() {
    var compared = 0
    for text in Self.texts {
      let found = NameScanner.mentions(in: text).map {
        [$0.name, $0.role ?? "-", "\($0.start)", "\($0.end)", "\($0.isWeak)"]
      }
      let expected = NameScannerOracle.mentions(in: text).map {
        [$0.name, $0.role ?? "-", "\($0.start)", "\($0.end)", "\($0.isWeak)"]
      }
      #expect(found == expected, "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 40_000)
  }
}
