import ArgumentParser

/// `communique-bench parse DIR`: parse throughput alone, one core then all cores, for a quick
/// measure while working on the parser.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse", abstract: "Mesure le débit d’analyse sur les fichiers de DIR.")

  @Argument(help: "Dossier de communiqués (.txt).") var folder: String

  func run() throws {
    ParseThroughput.measure(folder: folder)
  }
}
