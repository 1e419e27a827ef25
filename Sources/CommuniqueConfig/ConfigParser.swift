import CommuniqueTUI
import TOMLKit

/// Reads the configuration file (`config.toml`) with TOMLKit: each entry it understands
/// changes the default settings, each it does not gives a `ConfigProblem` and keeps its
/// default. Invalid TOML keeps every default.
public struct ConfigParser {
  /// The file's path, for messages.
  public let file: String
  private let text: String
  private let lines: ConfigLines
  private var settings = Settings.standard
  private var problems: [ConfigProblem] = []

  /// The settings and problems of a file's text.
  public static func parse(_ text: String, file: String) -> (Settings, [ConfigProblem]) {
    var parser = ConfigParser(file: file, text: text)
    parser.read()
    return (parser.settings, parser.problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
  }

  private init(file: String, text: String) {
    self.file = file
    self.text = text
    lines = ConfigLines(text: text)
  }

  private mutating func read() {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      problems.append(
        ConfigProblem(
          file: file, line: error.source.begin.line,
          message: "TOML invalide (\(error.description)) — corrigez la ligne\u{00A0}; "
            + "toute la configuration garde ses valeurs par défaut."))
      return
    } catch {
      problems.append(ConfigProblem(file: file, line: nil, message: "TOML illisible."))
      return
    }
    for key in table.keys {
      guard let value = table[key] else { continue }
      switch key {
      case "clipboard": readClipboard(value)
      case "measure": readMeasure(value)
      case "library": readLibrary(value)
      case "keys": readKeys(value)
      case "colors": readColors(value)
      default:
        problem(
          key,
          "réglage «\u{00A0}\(key)\u{00A0}» inconnu — les réglages sont clipboard, measure, library, "
            + "[keys] et [colors] (voyez communique config)\u{00A0}; ignoré.")
      }
    }
  }

  private mutating func readClipboard(_ value: TOMLValueConvertible) {
    guard let name = value.string, let preference = ClipboardPreference(rawValue: name) else {
      let names = ClipboardPreference.allCases.map(\.rawValue).joined(separator: ", ")
      return problem(
        "clipboard",
        "clipboard = \(value.debugDescription) inconnu — choisissez parmi "
          + "\(names)\u{00A0}; auto est gardé.")
    }
    settings.clipboard = preference
  }

  private mutating func readMeasure(_ value: TOMLValueConvertible) {
    guard let measure = value.int, measure == 0 || Settings.measureRange.contains(measure) else {
      return problem(
        "measure",
        "measure = \(value.debugDescription) n’est pas une largeur — donnez 0 "
          + "(toute la largeur) ou un nombre de colonnes de \(Settings.measureRange.lowerBound) "
          + "à \(Settings.measureRange.upperBound)\u{00A0}; \(Settings.standard.measure) est gardé."
      )
    }
    settings.measure = measure
  }

  private mutating func readLibrary(_ value: TOMLValueConvertible) {
    guard let library = value.string, !library.isEmpty else {
      return problem(
        "library",
        "library doit être le chemin d’un dossier, entre guillemets\u{00A0}; "
          + "Content est gardé.")
    }
    settings.library = library
  }

  private mutating func problem(_ key: String, in table: String = "", _ message: String) {
    problems.append(
      ConfigProblem(file: file, line: lines.line(of: key, in: table), message: message))
  }
}

extension ConfigParser {
  private mutating func readKeys(_ value: TOMLValueConvertible) {
    guard let table = value.table else {
      return problem("keys", "keys doit être une table [keys]\u{00A0}; touches par défaut gardées.")
    }
    let standard = KeyMap.standard
    var chosen: [Action: [Key]] = [:]
    var owner: [Key: String] = [:]
    let entries = table.keys.sorted {
      (lines.line(of: $0, in: "keys") ?? 0) < (lines.line(of: $1, in: "keys") ?? 0)
    }
    for name in entries {
      guard let action = standard.action(named: name) else {
        let known = standard.bindings.map(\.action.configName).joined(separator: ", ")
        problem(
          name, in: "keys", "action «\u{00A0}\(name)\u{00A0}» inconnue — les actions sont \(known)."
        )
        continue
      }
      guard let keys = table[name].flatMap(Self.keys) else {
        problem(
          name, in: "keys",
          "touche illisible pour \(name) — donnez un caractère (\"j\") ou un nom "
            + "(\(KeyName.names.joined(separator: ", "))), ou une liste [\"j\", \"Down\"]\u{00A0}; "
            + "touches par défaut gardées.")
        continue
      }
      if let key = keys.first(where: { owner[$0] != nil }), let other = owner[key] {
        problem(
          name, in: "keys",
          "la touche «\u{00A0}\(KeyName.name(of: key))\u{00A0}» est déjà donnée à \(other) — une touche "
            + "ne fait qu’une action\u{00A0}; \(name) garde ses touches par défaut.")
        continue
      }
      for key in keys { owner[key] = name }
      if keys != standard.keys(for: action) { chosen[action] = keys }
    }
    settings.keyMap = standard.rebinding(chosen)
  }

  private mutating func readColors(_ value: TOMLValueConvertible) {
    guard let table = value.table else {
      return problem(
        "colors", "colors doit être une table [colors]\u{00A0}; couleurs par défaut gardées.")
    }
    for name in table.keys {
      guard let role = ColorScheme.configurable.first(where: { $0.name == name })?.role else {
        let known = ColorScheme.configurable.map(\.name).joined(separator: ", ")
        problem(
          name, in: "colors", "rôle «\u{00A0}\(name)\u{00A0}» inconnu — les rôles sont \(known).")
        continue
      }
      guard let entry = table[name], let color = Self.color(entry) else {
        problem(
          name, in: "colors",
          "couleur \(table[name]?.debugDescription ?? "") inconnue pour \(name) — donnez "
            + "default, \(TerminalColor.names.joined(separator: ", ")), bright-red… ou un "
            + "nombre de 0 à 255\u{00A0}; couleur par défaut gardée.")
        continue
      }
      settings.colors[role] = color
    }
  }

  private static func keys(_ value: TOMLValueConvertible) -> [Key]? {
    if let name = value.string { return KeyName.key(named: name).map { [$0] } }
    guard let array = value.array else { return nil }
    var keys: [Key] = []
    for element in array {
      guard let name = element.string, let key = KeyName.key(named: name) else { return nil }
      if !keys.contains(key) { keys.append(key) }
    }
    return keys
  }

  private static func color(_ value: TOMLValueConvertible) -> TerminalColor? {
    if let name = value.string { return TerminalColor(name: name) }
    return value.int.flatMap(TerminalColor.init(number:))
  }
}
