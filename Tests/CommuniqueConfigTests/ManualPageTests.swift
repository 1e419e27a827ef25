import CommuniqueConfig
import CommuniqueTUI
import Testing

@Test func theManualSectionsNameEveryKeyOfTheMapInEffect() {
  let rebound = KeyMap.standard.rebinding([.quit: [.character("Q")]])
  for keyMap in [KeyMap.standard, rebound] {
    let sections = ManualPage.sections(keyMap: keyMap, version: "9.9.9")
    let items = sections.split(separator: "\n").filter { $0.hasPrefix(".It Sy ") }
    #expect(items.count == keyMap.bindings.count)
    for binding in keyMap.bindings {
      #expect(items.contains(".It Sy \"\(binding.label)\""))
      #expect(sections.contains("(action \(binding.action.configName))."))
    }
  }
  let sections = ManualPage.sections(keyMap: rebound, version: "9.9.9")
  #expect(sections.contains(".It Sy \"Q\"\nquitter (action quit)."))
  for heading in [
    "TOUCHES DU LECTEUR", "LANGAGE DES RECHERCHES", "CONFIGURATION", "FICHIERS",
    "ENVIRONNEMENT", "CODE DE SORTIE",
  ] {
    #expect(sections.contains(".Sh \(heading)\n"))
  }
  for variable in ["COMMUNIQUE_LIBRARY", "NO_COLOR", "XDG_CONFIG_HOME", "TERM", "PAGER", "EDITOR"] {
    #expect(sections.contains(variable))
  }
}

@Test func theGeneratedPageGetsItsAccentsAndOurSectionsBack() {
  let generated = """
    .Sh NAME
    .Nm communique
    .Nd "Lecteur en terminal des communiqus de presse de lOIM."
    .Sh DESCRIPTION
    .It Fl -version
    Show the version.
    .It Em show
    Affiche un communiqu nettoy.
    .Sh "EXIT STATUS"
    .Ex -std
    """
  let page = ManualPage.page(
    generated: generated,
    texts: [
      "Lecteur en terminal des communiqués de presse de l’OIM.", "Affiche un communiqué nettoyé.",
    ],
    sections: ".Sh TOUCHES DU LECTEUR\n")
  #expect(page.contains(".Nd \"Lecteur en terminal des communiqués de presse de l’OIM.\""))
  #expect(page.contains("\nAffiche un communiqué nettoyé.\n"))
  #expect(page.contains(".Sh NOM\n"))
  #expect(page.contains("Affiche la version."))
  #expect(!page.contains("EXIT STATUS"))
  #expect(page.hasSuffix(".It Em show\nAffiche un communiqué nettoyé.\n.Sh TOUCHES DU LECTEUR\n"))
}
