import ArgumentParser
import CommuniqueIndex

/// `communique-bench search DIR --cache CACHE`: search latency alone on an already built
/// index (`SearchLatency`), the live pass and the exact ranking.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract:
      "Mesure la recherche sur un index construit\u{00A0}: passe rapide et classement exact.")

  @Argument(help: "Dossier de communiqués déjà indexé.") var folder: String
  @Option(help: "Dossier du cache de l’index.") var cache: String

  func run() throws {
    let index = ReleaseIndex.open(folder: folder, cacheFolder: cache)
    try SearchLatency.measure(index, queries: BenchQueries.all, libraryCount: index.count())
  }
}
