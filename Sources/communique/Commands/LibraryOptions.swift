import ArgumentParser
import CommuniqueCore
import CommuniqueIndex
import Foundation

/// The library folder a command works on: `DIR`, `--library`, `COMMUNIQUE_LIBRARY`, the
/// configuration's `library`, or `./Content`, in that order.
struct LibraryOptions: ParsableArguments {
  @Argument(help: "Dossier des communiqués (par défaut\u{00A0}: ./Content).")
  var directory: String?

  @Option(name: .long, help: "Dossier des communiqués (remplace COMMUNIQUE_LIBRARY).")
  var library: String?

  /// The folder to read.
  var folder: String {
    directory ?? library ?? ProcessInfo.processInfo.environment["COMMUNIQUE_LIBRARY"]
      ?? ReaderConfigFile.library
  }

  /// The one release of `library` whose id starts with `prefix`, read from the library.
  /// - Throws: `CommandFailure` when none or several match.
  func release(withID prefix: String, in library: some Library) throws -> Release {
    let id = try id(matching: prefix, in: try library.summaries(limit: nil))
    guard let release = try library.release(id: id) else {
      throw CommandFailure(
        "communiqué «\u{00A0}\(prefix)\u{00A0}» illisible dans le cache — relancez la commande")
    }
    return release
  }

  /// The id of the one release of `summaries` whose id starts with `prefix`.
  /// - Throws: `CommandFailure` when none or several match.
  func id(matching prefix: String, in summaries: [ReleaseSummary]) throws -> String {
    let matches = summaries.filter { $0.id.hasPrefix(prefix.lowercased()) }
    guard let first = matches.first else {
      throw CommandFailure(
        "aucun communiqué «\u{00A0}\(prefix)\u{00A0}» dans \(folder) — voyez communique list")
    }
    guard matches.count == 1 else {
      throw CommandFailure(
        "«\u{00A0}\(prefix)\u{00A0}» désigne \(matches.count) communiqués — précisez l’identifiant")
    }
    return first.id
  }
}
