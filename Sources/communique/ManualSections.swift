import ArgumentParser
import CommuniqueConfig

/// `communique manual-sections` (hidden): the sections of the man page that
/// swift-argument-parser's `generate-manual` cannot know (the reader's keys in effect, the
/// query language, the configuration, files, environment, exit status), in mdoc, for
/// `scripts/generate-manual.sh`.
struct ManualSections: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual-sections",
    abstract: "Écrit les sections de la page de manuel propres au lecteur (mdoc).",
    shouldDisplay: false)

  func run() throws {
    let settings = ReaderConfigFile.loaded.settings
    print(ManualPage.sections(keyMap: settings.keyMap, version: Version.current), terminator: "")
  }
}
