import CommuniqueConfig
import CommuniqueTUI
import Foundation

/// Where the configuration lives and what it says: `$XDG_CONFIG_HOME/communique/config.toml`,
/// by default `~/.config/communique/config.toml`. Without it, the `clipboard = …` line of the
/// older `config` file beside it is still read.
enum ReaderConfigFile {
  /// The configuration folder.
  static var folder: String {
    let environment = ProcessInfo.processInfo.environment
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() + "/.config")
    return base + "/communique"
  }

  /// The configuration file's path.
  static var path: String { folder + "/config.toml" }

  /// The file of earlier versions, with only `clipboard = …`.
  static var legacyPath: String { folder + "/config" }

  /// The settings of this run and the lines about entries that could not be used, read once.
  static let loaded: (settings: Settings, problems: [String]) = load()

  private static func load() -> (settings: Settings, problems: [String]) {
    if let data = FileManager.default.contents(atPath: path) {
      let (settings, problems) = ConfigParser.parse(
        String(decoding: data, as: UTF8.self), file: path)
      return (settings, problems.map(\.text))
    }
    var settings = Settings.standard
    guard let data = FileManager.default.contents(atPath: legacyPath) else { return (settings, []) }
    let legacy = ReaderConfig(parsing: String(decoding: data, as: UTF8.self))
    settings.clipboard = legacy.clipboard ?? .auto
    return (settings, legacy.problems.map { legacyPath + ", " + $0 })
  }

  /// The default library folder of the configuration, `~/` expanded.
  static var library: String {
    let library = loaded.settings.library
    guard library.hasPrefix("~/") else { return library }
    return NSHomeDirectory() + library.dropFirst()
  }
}
