import Testing

@testable import CommuniqueCore

/// `AppositionScan` against the patterns it replaces, match for match.
struct AppositionScanTests {
  private func describe(_ text: String, _ found: [(Range<String.Index>?, Range<String.Index>?)])
    -> [String]
  {
    found.map { name, role in
      "\(name.map { String(text[$0]) } ?? "-")|\(role.map { String(text[$0]) } ?? "-")|"
        + "\(name.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1)"
    }
  }

  private func expectSame(_ text: String) {
    let appositions = AppositionScan.appositions(in: text).map { ($0.name, $0.role) }
    let expectedAppositions = ReplacedPatterns.apposition.matches(in: text).map {
      ($0.groups[0], $0.groups[1])
    }
    #expect(
      describe(text, appositions) == describe(text, expectedAppositions), "\(text.debugDescription)"
    )
    let roles = AppositionScan.rolesBeforeNames(in: text).map { ($0.name, $0.role) }
    let expectedRoles = ReplacedPatterns.roleBeforeName.matches(in: text).map {
      ($0.groups[1], $0.groups[0])
    }
    #expect(describe(text, roles) == describe(text, expectedRoles), "\(text.debugDescription)")
  }

  @Test func theCorpusReadsTheSame() {
    for text in OracleCorpus.paragraphs { expectSame(text) }
  }

  @Test func randomSentencesReadTheSame() {
    for text in OracleCorpus.sentences(30_000, seed: 3, length: 2...16) { expectSame(text) }
  }

  /// Long texts of several sentences, so that the eight-byte steps of the scans meet commas,
  /// stops, `l`s, guillemets, no-break spaces, digits and emoji at every position of a word.
  @Test func longTextsReadTheSame() {
    let sentences = OracleCorpus.sentences(12_000, seed: 11, length: 1...24)
    let joints = [", ", " ", ". ", ",", "\u{00A0}", " 12 ", " 👍 ", "«", " (", "; ", " le ", "l"]
    var random = OracleRandom(seed: 5)
    for start in stride(from: 0, to: sentences.count, by: 6) {
      let end = min(start + Int.random(in: 1...8, using: &random), sentences.count)
      var text = ""
      for sentence in sentences[start..<end] {
        text += sentence + joints.randomElement(using: &random)!
      }
      expectSame(text)
      expectSame(String(text.dropFirst(Int.random(in: 0...7, using: &random))))
    }
  }

  @Test(arguments: [
    "Carmela Godeau, directrice de l’OIM, a dit",
    "0123456789 le chef, Jean Dupont, a", "abcdefghij la directrice, Jean Dupont a",
    "Lllllllllllllll la juge, Jean Dupont, a", "le maire\u{00A0}: la juge, Jean Dupont, a",
    "le maire « la juge, Jean Dupont, a » Jean Dupont, maire", "1234567, Jean Dupont, maire, x",
    "Le directeur 👍👍, Jean Dupont, a", "(le directeur), la directrice, Amy Pope, a",
    "Carmela Godeau ,\u{00A0}représentante",
    "la Directrice générale adjointe, Amy Pope, a", "la directrice générale adjointe, Amy Pope a",
    "le directeur , M. Jean Dupont, a", "le directeur, Mme Jean Dupont.",
    "le haut-commissaire, Jean Dupont, a", "Ali al-Ahmad, directeur", "Ali ben Salah, chef",
    "Ali ben-Salah, chef", "Jean de La Fontaine, poète", "Jean Dupont, directeurs",
    "Jean Dupont, directeur\u{301}", "Jean Dupont, directeur\u{200B}x", "Jean Dupont, qui a",
    "le chef " + String(repeating: "x", count: 130) + ", Jean Dupont, a",
    "le chef " + String(repeating: "x", count: 110) + ", Jean Dupont, a",
    "la point focal, Jean Dupont)", "Élise Ñúñez, médecin", "DUPONT Jean, maire",
    "Jean-Pierre N’Diaye, coordinateur (OIM)", "xJean Dupont, maire", "éJean Dupont, maire",
    "la juge, Jean Dupont Martin Durand Petit Grand Haut, a", "la juge,  Jean Dupont   a",
    "Jean Dupont Martin Durand Petit, directeur", "la juge, Jean Dupont Martin Durand Petit, a",
    "Jean Dupont, maire\u{301}", "Jean Dupont, maire de x\u{301}", "le maire, Jean Dupont\u{301},",
    "le maire, Jean Dupont \u{301}a", "Jean Dupont\u{301}, maire",
  ])
  func shapesReadTheSame(text: String) {
    expectSame(text)
  }

  @Test func roleWordsAreSpelledOut() {
    #expect(NamePattern.spellings(of: "représentante?") == ["représentante", "représentant"])
    #expect(
      NamePattern.spellings(of: "coordinat(?:eur|rice)") == ["coordinateur", "coordinatrice"])
    #expect(NamePattern.spellings(of: "souri(?:t)?") == ["sourit", "souri"])
    let whole = Pattern("^" + NamePattern.roleWord + "$")
    for word in PatternText.roleWords {
      #expect(whole.isMatch(String(decoding: word, as: UTF8.self)))
    }
  }
}
