import ArgumentParser
import CommuniqueCore
import CommuniqueIndex
import Foundation

/// `communique show ID|FILE [--width N]`: one release as clean, reflowed text.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Affiche un communiqué nettoyé, puis ses partenaires, personnes et contacts.")

  @Argument(help: "Identifiant (ou début d’identifiant) d’un communiqué, ou chemin d’un fichier.")
  var release: String

  @Option(
    name: .long, help: "Largeur du texte en colonnes (par défaut : celle du terminal, sinon 80).")
  var width: Int?

  @OptionGroup var options: LibraryOptions

  func validate() throws {
    if let width, width < 10 { throw ValidationError("--width doit valoir au moins 10") }
  }

  func run() throws {
    try reportingFailures {
      let found = try find()
      let columns = width ?? StandardOutput.width ?? 80
      let renderer = PlainRenderer(width: columns, styled: StandardOutput.allowsStyling)
      print(renderer.render(found), terminator: "")
    }
  }

  private func find() throws -> Release {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: release, isDirectory: &isFolder), !isFolder.boolValue
    {
      let files = ReleaseFileReader.parse(files: [release])
      Diagnostics.report(files.problems)
      guard let parsed = files.releases.first else {
        throw CommandFailure("\(release) : rien à afficher")
      }
      return parsed
    }
    return try options.release(withID: release, in: try options.refreshedLibrary())
  }
}
