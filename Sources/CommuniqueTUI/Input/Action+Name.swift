extension Action {
  /// The action's name in the configuration file's `[keys]` table: its case name in
  /// kebab-case (`next-pane`, `copy-card`).
  public var configName: String {
    var name = ""
    for character in String(describing: self) {
      if character.isUppercase {
        name += "-" + character.lowercased()
      } else {
        name.append(character)
      }
    }
    return name
  }
}
