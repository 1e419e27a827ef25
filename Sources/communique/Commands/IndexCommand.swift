import ArgumentParser
import CommuniqueIndex

/// `communique index [DIR]`: builds or refreshes the library's index and reports counts.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Construit ou met à jour l’index de recherche du dossier et donne les comptes.")

  @OptionGroup var options: LibraryOptions

  func run() throws {
    try reportingFailures {
      let (index, report) = try options.refreshedIndex()
      print(
        "\(report.releases) communiqués indexés (\(report.files) fichiers)\u{00A0}: "
          + "\(report.added) nouveaux, \(report.changed) modifiés, \(report.removed) supprimés, "
          + "\(report.redated) inchangés malgré leur date")
      print("cache\u{00A0}: \(index.databasePath ?? "en mémoire")")
    }
  }
}
