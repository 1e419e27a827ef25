import CommuniqueCore
import Testing

/// `Prénom Nom, Porte-parole (OCHA)`: the person speaks for OCHA; no body is named after the
/// role (issue 15: the directory merged strangers through such names).
@Suite struct RoleBeforeAcronymTests {
  @Test(arguments: [("OCHA", "Porte-parole"), ("CICR", "Porte-parole"), ("UA", "Conseillère")])
  func aRoleBeforeAnAcronymNamesNoBody(acronym: String, role: String) {
    let text = """
      Une réunion sur les déplacements au Sahel
      Genève - Mardi, les partenaires humanitaires se sont réunis à Genève.
      « Les besoins augmentent chaque semaine », a déclaré Ines Martel, \(role) (\(acronym)).
      """
    let release = ReleaseParser.parse(bytes: Array(text.utf8), sourcePath: "porte-parole.txt")
    #expect(release.organisations.contains { $0.acronym == acronym })
    #expect(!release.organisations.contains { $0.name.hasPrefix(role) })
  }
}
