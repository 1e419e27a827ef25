import CommuniqueTUI

/// Writes settings as a configuration file: every entry with its value, what it does and its
/// default in a comment, ready to copy to `config.toml` (reading it back gives the same
/// settings).
public enum ConfigWriter {
  /// The file's text.
  public static func text(of settings: Settings, path: String) -> String {
    let standard = Settings.standard
    let clipboards = ClipboardPreference.allCases.map(\.rawValue).joined(separator: ", ")
    var lines = [
      "# Configuration de communique, avec toutes ses valeurs\u{00A0}: copiez ce texte dans",
      "# \(path) et changez ce qui vous convient.",
      "",
      "# Presse-papiers de y et Y\u{A0}: \(clipboards).",
      "# Par défaut\u{A0}: \(string(standard.clipboard.rawValue)).",
      "clipboard = \(string(settings.clipboard.rawValue))",
      "",
      "# Largeur maximale du texte du panneau de lecture, en colonnes (0\u{A0}: toute la largeur",
      "# du panneau). Par défaut\u{A0}: \(standard.measure).",
      "measure = \(settings.measure)",
      "",
      "# Dossier des communiqués quand ni DIR, ni --library, ni COMMUNIQUE_LIBRARY n’en donnent",
      "# un. Par défaut\u{A0}: \(string(standard.library)).",
      "library = \(string(settings.library))",
      "",
      "# Touches du lecteur\u{A0}: action = une touche ou une liste de touches. Une touche est un",
      "# caractère (\"j\", \"G\", \"|\") ou l’un de \(KeyName.names.joined(separator: ", ")).",
      "# Une touche donnée à une action quitte l’action qui l’avait par défaut.",
      "[keys]",
    ]
    for binding in settings.keyMap.bindings {
      let defaults = standard.keyMap.keys(for: binding.action)
      lines.append("# \(binding.help) (par défaut\u{A0}: \(list(defaults)))")
      lines.append("\(binding.action.configName) = \(list(binding.keys))")
    }
    lines += [
      "",
      "# Couleurs, sans effet sous NO_COLOR\u{A0}: default (celle du terminal), "
        + TerminalColor.names.joined(separator: ", ") + ",",
      "# leurs variantes bright-red… ou un nombre de 0 à 255.",
      "[colors]",
    ]
    for (role, name) in ColorScheme.configurable {
      lines.append(
        "# \(roleHelp[name] ?? name) (par défaut\u{A0}: \(color(standard.colors[role])))")
      lines.append("\(name) = \(color(settings.colors[role]))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static let roleHelp = [
    "selection": "ligne choisie du panneau actif, en vidéo inverse",
    "quote": "citations", "speaker": "auteur d’une citation, sous le paragraphe",
    "organisation": "partenaires du panneau latéral", "person": "personnes du panneau latéral",
    "contact": "contacts du panneau latéral", "status": "texte de la ligne d’état",
  ]

  private static func list(_ keys: [Key]) -> String {
    let names = keys.map { string(KeyName.name(of: $0)) }
    return names.count == 1 ? names[0] : "[" + names.joined(separator: ", ") + "]"
  }

  private static func color(_ color: TerminalColor) -> String {
    if let name = color.name { return string(name) }
    if case .palette(let index) = color { return "\(index)" }
    return string("default")
  }

  /// A TOML basic string.
  private static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        result +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
