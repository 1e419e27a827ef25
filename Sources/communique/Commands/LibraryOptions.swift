import ArgumentParser
import CommuniqueCore
import CommuniqueIndex
import Foundation

/// The library folder a command works on: `DIR`, `--library`, `COMMUNIQUE_LIBRARY`, or
/// `./Content`, in that order.
struct LibraryOptions: ParsableArguments {
  @Argument(help: "Dossier des communiqués (par défaut : ./Content).")
  var directory: String?

  @Option(name: .long, help: "Dossier des communiqués (remplace COMMUNIQUE_LIBRARY).")
  var library: String?

  /// The folder to read.
  var folder: String {
    directory ?? library ?? ProcessInfo.processInfo.environment["COMMUNIQUE_LIBRARY"]
      ?? "Content"
  }

  /// Loads the folder, reporting unreadable files on standard error.
  func load() throws -> [Release] {
    let load = try loadLibrary(at: folder)
    Diagnostics.report(load.problems)
    return load.releases
  }

  /// The one release of `releases` whose id starts with `prefix`.
  /// - Throws: `CommandFailure` when none or several match.
  func release(withID prefix: String, in releases: [Release]) throws -> Release {
    let matches = releases.filter { $0.id.hasPrefix(prefix.lowercased()) }
    guard let first = matches.first else {
      throw CommandFailure(
        "aucun communiqué « \(prefix) » dans \(folder) — voyez communique list")
    }
    guard matches.count == 1 else {
      throw CommandFailure(
        "« \(prefix) » désigne \(matches.count) communiqués — précisez l’identifiant")
    }
    return first
  }
}

/// Loads a library folder without the index (`list`, `show`, `contacts`, `partners`,
/// `bench-frame`); a missing or unreadable folder becomes a `CommandFailure`.
func loadLibrary(at folder: String) throws -> LibraryLoad {
  do {
    return try LibraryLoader.load(folder: folder)
  } catch {
    throw CommandFailure(error.message)
  }
}
