/// How keys are written in the configuration file (`j`, `Space`, `PageDown`) and named in the
/// help and the man page (`j`, `Espace`, `PgSuiv`).
public enum KeyName {
  private static let named: [(key: Key, name: String, label: String)] = [
    (.character(" "), "Space", "Espace"), (.enter, "Enter", "Entrée"), (.escape, "Esc", "Échap"),
    (.tab, "Tab", "Tab"), (.backTab, "BackTab", "Maj-Tab"),
    (.backspace, "Backspace", "Retour arrière"), (.up, "Up", "↑"), (.down, "Down", "↓"),
    (.left, "Left", "←"), (.right, "Right", "→"), (.pageUp, "PageUp", "PgPréc"),
    (.pageDown, "PageDown", "PgSuiv"), (.home, "Home", "Début"), (.end, "End", "Fin"),
  ]

  /// The key a configuration value names: one character, or a name of `names` (any case).
  public static func key(named text: String) -> Key? {
    if let entry = named.first(where: { $0.name.lowercased() == text.lowercased() }) {
      return entry.key
    }
    guard text.count == 1, let character = text.first, !character.isWhitespace,
      character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F })
    else { return nil }
    return .character(character)
  }

  /// How the configuration file writes a key.
  public static func name(of key: Key) -> String {
    if let entry = named.first(where: { $0.key == key }) { return entry.name }
    if case .character(let character) = key { return String(character) }
    return "?"
  }

  /// How the help names a key.
  public static func label(of key: Key) -> String {
    if let entry = named.first(where: { $0.key == key }) { return entry.label }
    if case .character(let character) = key { return String(character) }
    return "?"
  }

  /// How the help names keys bound together (`j ↓`); `—` for none.
  public static func label(of keys: [Key]) -> String {
    keys.isEmpty ? "—" : keys.map(label(of:)).joined(separator: " ")
  }

  /// The names of the keys that are not one character, for messages and the man page.
  public static var names: [String] { named.map(\.name) }
}
