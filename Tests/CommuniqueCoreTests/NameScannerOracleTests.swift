import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// `NameScanner` reads words through byte tables; `NameScannerOracle`, its former self, read
/// them as `String`s. They must find the same people everywhere.
struct NameScannerOracleTests {
  private func expectSame(_ text: String) {
    let found = NameScanner.mentions(in: text).map {
      [$0.name, $0.role ?? "-", "\($0.start)", "\($0.end)", "\($0.isWeak)"]
    }
    let expected = NameScannerOracle.mentions(in: text).map {
      [$0.name, $0.role ?? "-", "\($0.start)", "\($0.end)", "\($0.isWeak)"]
    }
    #expect(found == expected, "\(text.debugDescription)")
  }

  @Test func theCorpusReadsTheSame() {
    for text in OracleCorpus.paragraphs { expectSame(text) }
  }

  @Test func randomSentencesReadTheSame() {
    for text in OracleCorpus.sentences(20_000) { expectSame(text) }
  }

  /// Lower-case words (read only when asked about) glued to what ends them or not: accents,
  /// capitals and digits inside, hyphens, apostrophes, no-break spaces, marks of every kind.
  private static let lowerWordPieces = [
    "été", "général", "générale-adjointe", "l’été", "l'été", "d’après", "àÉ", "à", "÷x", "ÿ",
    "éÉ", "a1", "eVisa", "x", "de", "du", "des", "en", "au", "et", "le", "la", "ans", "premier",
    "première", "ministre", "directrice", "porte-parole", "qui", "a", "est", "\u{00A0}",
    "\u{202F}", "«", "»", "’", "'", "-", "ﬁ", "x\u{301}", "é\u{301}", "\u{2009}", "—", "2023",
    "½", "Œ", "œuvre", "ñ", "ı", "ǆ", "ﬀ", "—x", "’s", "\u{200B}", ".", ",", "32", "Ça",
  ]

  @Test func lowerCaseWordsReadTheSame() {
    var random = SplitMix(state: 17)
    var compared = 0
    for _ in 0..<20_000 {
      expectSame(OracleCorpus.randomText(Self.lowerWordPieces, &random, count: 24))
      compared += 1
    }
    for piece in Self.lowerWordPieces {
      for other in Self.lowerWordPieces {
        expectSame("le Maire " + piece + other + " Rhissa Feltou, " + other + piece + " de l’OIM")
        expectSame("M. Swing" + piece + other)
        compared += 2
      }
    }
    #expect(compared > 25_000)
  }

  @Test(arguments: [
    "le Maire Rhissa Feltou a parlé.", "M. Swing, Directeur général de l’OIM, a dit",
    "Mariam, 32 ans, vit à Tripoli.", "Mariam, ½ ans", "L’AMBASSADEUR Jean Dupont",
    "l’ambassadeur Jean Dupont", "Selon Şerife Yılmaz, directrice", "D’après N'Guessan Kouamé",
    "la Directrice générale adjointe, Amy Pope, a", "le Premier Ministre, Brigi Rafini",
    "E\u{301}tude de Jean Dupont", "Roseline est assise", "en Libye Anders Holmqvist a",
    "Jean-Pierre", "Jean-Pierre a dit", "l\u{2019}\u{301}ambassadeur Paul Martin",
    "Œuvre de Paul Martin, sœur de", "Le DG Swing", "la Ministre Pope,",
    String(repeating: "l’ambassadrice-extraordinairement-longue-et-plénipotentiaire ", count: 2)
      + "Paul Martin",
  ])
  func shapesReadTheSame(text: String) {
    expectSame(text)
  }

  /// The byte tables compare bytes: the listed words must be in form C, as the words the
  /// byte path reads are, for bytes and `String`s to agree.
  @Test func listedWordsAreInFormC() {
    for word in WordKind.listedWords + Array(FirstNames.all) {
      #expect(word.precomposedStringWithCanonicalMapping.utf8.elementsEqual(word.utf8), "\(word)")
    }
  }

  /// The reader only looks up first names for words that open with something else.
  @Test func noFirstNameOpensWithALowerCaseLetterOrADigit() {
    for name in FirstNames.all {
      let first = name.utf8.first!
      #expect(!(0x61...0x7A).contains(first) && !(0x30...0x39).contains(first), "\(name)")
    }
  }

  @Test func theTableHoldsTheListedWordsAndNoOther() {
    for word in WordKind.listedWords {
      #expect(WordKind.table.value(word) == WordKind.of(lower: word).rawValue, "\(word)")
    }
    for word in ["", "x", "zzz", "directeurs", "l’", "mme.", "Directeur"] {
      #expect(WordKind.table.value(word) == WordKind.of(lower: word).rawValue, "\(word)")
    }
  }
}
