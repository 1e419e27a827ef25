import ArgumentParser
import CommuniqueConfig
import Foundation

/// `communique manual-sections [--generated FILE --dump-help FILE]` (hidden): the sections of
/// the man page that swift-argument-parser's `generate-manual` cannot know (the reader's keys
/// in effect, the query language, the configuration, files, environment, exit status), in
/// mdoc; with the page `generate-manual` made and the program's `--experimental-dump-help`,
/// the whole page (`scripts/generate-manual.sh`).
struct ManualSections: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual-sections",
    abstract: "Écrit les sections de la page de manuel propres au lecteur (mdoc).",
    shouldDisplay: false)

  @Option(help: "La page faite par generate-manual.")
  var generated: String?

  @Option(name: .customLong("dump-help"), help: "La sortie de --experimental-dump-help.")
  var dumpHelp: String?

  func run() throws {
    let settings = ReaderConfigFile.loaded.settings
    let sections = ManualPage.sections(keyMap: settings.keyMap, version: Version.current)
    guard let generated, let dumpHelp else { return print(sections, terminator: "") }
    try reportingFailures {
      guard let page = FileManager.default.contents(atPath: generated),
        let dump = FileManager.default.contents(atPath: dumpHelp),
        let json = try? JSONSerialization.jsonObject(with: dump)
      else {
        throw CommandFailure("\(generated) ou \(dumpHelp) illisible — relancez generate-manual")
      }
      print(
        ManualPage.page(
          generated: String(decoding: page, as: UTF8.self), texts: Self.strings(in: json),
          sections: sections), terminator: "")
    }
  }

  /// Every string of a decoded JSON value.
  private static func strings(in value: Any) -> [String] {
    if let text = value as? String { return [text] }
    if let array = value as? [Any] { return array.flatMap(strings) }
    if let object = value as? [String: Any] { return object.values.flatMap(strings) }
    return []
  }
}
