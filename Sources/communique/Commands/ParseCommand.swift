import ArgumentParser
import CommuniqueCore
import CommuniqueIndex
import Foundation

/// `communique parse FILE… [--json]`: what the parser extracts from files.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Analyse des fichiers et affiche ce qui en est extrait.",
    discussion: """
      Avec --json, un objet Release par fichier (un tableau s’il y en a plusieurs)\u{00A0}; les \
      champs sont décrits dans le README.
      """)

  @Argument(help: "Fichiers de communiqués à analyser.")
  var files: [String]

  @Flag(name: .long, help: "Sortie JSON (le modèle Release).")
  var json = false

  func validate() throws {
    if files.isEmpty { throw ValidationError("indiquez au moins un fichier à analyser") }
  }

  func run() throws {
    try reportingFailures {
      let load = ReleaseFileReader.parse(files: files)
      Diagnostics.report(load.problems)
      guard !load.releases.isEmpty else {
        throw CommandFailure("aucun fichier n’a pu être lu")
      }
      for release in load.releases {
        for warning in release.warnings {
          let line = warning.line.map { ":\($0)" } ?? ""
          Diagnostics.warn("\(release.sourcePath)\(line)\u{00A0}: \(warning.message)")
        }
      }
      if json {
        let payload: ReleaseJSON.Payload =
          load.releases.count == 1 ? .one(load.releases[0]) : .many(load.releases)
        print(try ReleaseJSON.encode(payload))
      } else {
        print(load.releases.map(ParseSummary.text).joined(separator: "\n"))
      }
    }
  }
}
