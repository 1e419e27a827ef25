import Testing

@testable import CommuniqueCore

/// The byte-level cue that lets the apposition patterns skip texts with no role word after a
/// comma: it must find every role word the pattern knows, and no other.
struct RoleWordCueTests {
  private func followsComma(_ text: String) -> Bool {
    NamePattern.hasRoleWord(in: text) { head, _ in head.last == "," }
  }

  @Test(arguments: [
    "directrice", "représentante", "représentant", "coordinatrice", "coordonnateur",
    "conseillère", "infirmière", "chargée", "point focal", "qui", "sage-femme", "épouse",
  ])
  func aRoleWordAfterACommaIsFound(role: String) {
    #expect(followsComma("Carmela Godeau, \(role) de l’OIM"))
    #expect(followsComma("Carmela Godeau ,\u{00A0}\(role) de l’OIM"))
  }

  @Test func noCommaBeforeTheRoleWordOrNoRoleWordIsNoCue() {
    #expect(!followsComma("La directrice de l’OIM a parlé."))
    #expect(!followsComma("Carmela Godeau, à Tripoli, a parlé."))
  }
}
