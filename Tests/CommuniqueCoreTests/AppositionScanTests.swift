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

  @Test(arguments: [
    "Carmela Godeau, directrice de l’OIM, a dit", "Carmela Godeau ,\u{00A0}représentante",
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
