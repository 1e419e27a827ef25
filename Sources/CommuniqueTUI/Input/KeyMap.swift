/// The key bindings: the single source for input handling and for the `?` help screen.
public struct KeyMap: Equatable, Sendable {
  /// The bindings in the order the help lists them.
  public let bindings: [KeyBinding]

  /// Creates a key map.
  public init(bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The action bound to a key, if any.
  public func action(for key: Key) -> Action? {
    bindings.first { $0.keys.contains(key) }?.action
  }

  /// The reader's bindings, vi and less habits.
  public static let standard = KeyMap(bindings: [
    KeyBinding([.character("j"), .down], label: "j ↓", action: .down, help: "descendre"),
    KeyBinding([.character("k"), .up], label: "k ↑", action: .up, help: "monter"),
    KeyBinding(
      [.enter, .character("l"), .right], label: "Entrée l →", action: .open,
      help: "ouvrir le communiqué"),
    KeyBinding([.character("h"), .left], label: "h ←", action: .back, help: "revenir"),
    KeyBinding([.tab], label: "Tab", action: .nextPane, help: "panneau suivant"),
    KeyBinding([.backTab], label: "Maj-Tab", action: .previousPane, help: "panneau précédent"),
    KeyBinding(
      [.character(" "), .pageDown], label: "Espace PgSuiv", action: .pageDown,
      help: "page suivante"),
    KeyBinding(
      [.character("b"), .pageUp], label: "b PgPréc", action: .pageUp, help: "page précédente"),
    KeyBinding([.character("g"), .home], label: "g Début", action: .top, help: "aller au début"),
    KeyBinding([.character("G"), .end], label: "G Fin", action: .bottom, help: "aller à la fin"),
    KeyBinding(
      [.character("/")], label: "/", action: .search,
      help: "chercher partout (liste) ou dans le communiqué"),
    KeyBinding([.character("n")], label: "n", action: .nextMatch, help: "résultat suivant"),
    KeyBinding([.character("N")], label: "N", action: .previousMatch, help: "résultat précédent"),
    KeyBinding(
      [.character("p")], label: "p", action: .toggleSide,
      help: "afficher ou masquer le panneau latéral"),
    KeyBinding(
      [.character("y")], label: "y", action: .copy,
      help: "copier l’entrée choisie (le contact entier sur son nom)"),
    KeyBinding(
      [.character("Y")], label: "Y", action: .copyCard, help: "copier le contact en fiche vCard"),
    KeyBinding(
      [.character("c")], label: "c", action: .contactsDirectory,
      help: "annuaire des contacts de tous les communiqués"),
    KeyBinding(
      [.character("P")], label: "P", action: .partnersDirectory,
      help: "annuaire des partenaires (Entrée\u{00A0}: leurs communiqués)"),
    KeyBinding(
      [.character("u")], label: "u", action: .toggleRead, help: "marquer lu ou non lu"),
    KeyBinding(
      [.character("A")], label: "A", action: .markAllRead,
      help: "marquer toute la liste comme lue (après confirmation)"),
    KeyBinding(
      [.character("J")], label: "J", action: .nextUnread, help: "communiqué non lu suivant"),
    KeyBinding(
      [.character("K")], label: "K", action: .previousUnread,
      help: "communiqué non lu précédent"),
    KeyBinding(
      [.character("U")], label: "U", action: .showUnread,
      help: "n’afficher que les non lus, ou tout"),
    KeyBinding(
      [.character("F")], label: "F", action: .toggleFlag, help: "poser ou ôter un drapeau"),
    KeyBinding(
      [.character("f")], label: "f", action: .showFlagged,
      help: "n’afficher que les communiqués à drapeau, ou tout"),
    KeyBinding(
      [.character("o")], label: "o", action: .cycleOrder,
      help: "ordre de la liste\u{00A0}: dossier, titre, lieu"),
    KeyBinding(
      [.character("z")], label: "z", action: .zoom,
      help: "agrandir le panneau à tout l’écran, ou revenir"),
    KeyBinding(
      [.character("r")], label: "r", action: .refresh,
      help: "relire le dossier des communiqués"),
    KeyBinding(
      [.character("|")], label: "|", action: .pipe,
      help: "envoyer le texte à une commande (sortie dans la ligne d’état)"),
    KeyBinding(
      [.character("v")], label: "v", action: .pager, help: "lire le texte dans le pager ($PAGER)"),
    KeyBinding(
      [.character("e")], label: "e", action: .editor,
      help: "ouvrir une copie du texte dans l’éditeur ($EDITOR)"),
    KeyBinding([.character("?")], label: "?", action: .help, help: "afficher cette aide"),
    KeyBinding(
      [.escape], label: "Échap", action: .cancel,
      help: "fermer l’aide ou l’annuaire, annuler la recherche"),
    KeyBinding([.character("q")], label: "q", action: .quit, help: "quitter"),
  ])
}
