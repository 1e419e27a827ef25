import ArgumentParser
import CommuniqueCore

/// `communique list [DIR]`: one line per release, from the library's index.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Liste les communiqués : identifiant, titre, lieu (séparés par des tabulations).")

  @OptionGroup var options: LibraryOptions

  func run() throws {
    try reportingFailures {
      for summary in try options.refreshedLibrary().summaries(limit: nil) {
        let fields = [summary.id, summary.title, summary.place ?? ""]
        print(fields.map(StandardOutput.safe).joined(separator: "\t"))
      }
    }
  }
}
