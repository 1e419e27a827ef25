import ArgumentParser

/// `communique-bench commands DIR`: the time of `communique list`, `contacts`, `partners` and
/// `show ID` on a library already indexed (`communique index DIR`).
struct CommandsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "commands",
    abstract: "Mesure list, contacts, partners et show ID sur un dossier déjà indexé.")

  @Argument(help: "Dossier de communiqués déjà indexé.") var folder: String
  @Option(help: "XDG_CACHE_HOME du cache (par défaut\u{00A0}: celui de l’utilisateur).")
  var cacheHome: String?
  @Option(help: "Mesures par commande (la médiane est donnée).") var runs = 3

  func run() throws {
    try CommandLatency.measure(folder: folder, cacheHome: cacheHome, runs: runs)
  }
}
