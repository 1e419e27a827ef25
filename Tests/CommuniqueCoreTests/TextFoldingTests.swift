import CommuniqueCore
import Testing

/// The one folding of the index, the queries, the snippets and the reader's highlight.
@Suite struct TextFoldingTests {
  @Test(arguments: [
    ("Détention", "detention"),
    ("Œuvre l’OIM", "oeuvre l'oim"),
    ("e\u{301}", "e"),
    ("Straße", "strasse"),
    ("STRASSE", "strasse"),
    ("Cæsar", "caesar"),
    ("ÉLYSÉE", "elysee"),
    ("‘Ça’", "'ca'"),
    ("ﬁnancement", "financement"),
    ("Øresund", "oresund"),
    ("Łódź", "lodz"),
    ("São Tomé-et-Príncipe", "sao tome-et-principe"),
    ("Việt Nam", "viet nam"),
    ("10\u{A0}%", "10 %"),
    ("国际 🌍", "国际 🌍"),
  ])
  func foldsCaseAccentsLigaturesAndApostrophes(text: String, folded: String) {
    #expect(TextFolding.fold(text) == folded)
  }

  @Test func aCharacterFoldsToTheLettersOfItsScalars() {
    #expect(TextFolding.fold(Character("œ")) == "oe")
    #expect(TextFolding.fold(Character("É")) == "e")
    #expect(TextFolding.fold(Character("e\u{301}")) == "e")
    #expect(TextFolding.fold(Character("’")) == "'")
  }

  @Test func keepingAccentsFoldsEverythingElse() {
    var spelled = String.UnicodeScalarView()
    for scalar in "DÉTENUS Œuvre Straße e\u{301}".unicodeScalars {
      TextFolding.forEachFolded(scalar, keepingAccents: true) { spelled.append($0) }
    }
    #expect(String(spelled) == "détenus oeuvre strasse e\u{301}")
  }
}
