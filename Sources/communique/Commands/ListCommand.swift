import ArgumentParser
import CommuniqueCore

/// `communique list [DIR]`: one line per release.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Liste les communiqués : identifiant, titre, lieu (séparés par des tabulations).")

  @OptionGroup var options: LibraryOptions

  func run() throws {
    try reportingFailures {
      for release in try options.load() {
        let place = release.dateline?.place ?? ""
        print([release.id, release.fullTitle, place].map(Terminal.safe).joined(separator: "\t"))
      }
    }
  }
}
