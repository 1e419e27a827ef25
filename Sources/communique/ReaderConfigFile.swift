import CommuniqueTUI
import Foundation

/// Where the reader's configuration lives: `$XDG_CONFIG_HOME/communique/config`, by default
/// `~/.config/communique/config`.
enum ReaderConfigFile {
  /// The file's path.
  static var path: String {
    let environment = ProcessInfo.processInfo.environment
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() + "/.config")
    return base + "/communique/config"
  }

  /// The configuration read from the file; empty when there is no file or it cannot be read.
  static func load() -> ReaderConfig {
    guard let data = FileManager.default.contents(atPath: path) else {
      return ReaderConfig(parsing: "")
    }
    return ReaderConfig(parsing: String(decoding: data, as: UTF8.self))
  }
}
