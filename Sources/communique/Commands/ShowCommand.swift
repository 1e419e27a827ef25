import ArgumentParser
import CommuniqueCore
import CommuniqueIndex
import Foundation

/// `communique show ID|FILE [--width N] [--format text|markdown|json]`: one release as clean,
/// reflowed text, as Markdown, or as the JSON of `parse --json`.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Affiche un communiqué nettoyé, puis ses partenaires, personnes et contacts.",
    discussion: """
      text\u{00A0}: le texte replié à la largeur, citations en gras et en couleur sur un terminal\u{00A0}; \
      markdown\u{00A0}: titre, date, paragraphes, citations en bloc avec leur auteur, puis \
      partenaires, personnes, contacts\u{00A0}; json\u{00A0}: l’objet Release de parse --json.
      """)

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
  }

  @Argument(
    help: "Identifiant (ou début d’identifiant) d’un communiqué, ou chemin d’un fichier.",
    completion: .releaseIDs)
  var release: String

  @Option(
    name: .long,
    help: "Largeur du texte en colonnes (par défaut\u{00A0}: celle du terminal, sinon 80).")
  var width: Int?

  @Option(name: .long, help: "Format de sortie\u{00A0}: text, markdown ou json.")
  var format: Format = .text

  @OptionGroup var options: LibraryOptions

  func validate() throws {
    if let width, width < 10 { throw ValidationError("--width doit valoir au moins 10") }
  }

  func run() throws {
    try reportingFailures {
      let found = try find()
      switch format {
      case .text:
        let columns = width ?? StandardOutput.width ?? 80
        let renderer = PlainRenderer(width: columns, styled: StandardOutput.allowsStyling)
        print(renderer.render(found), terminator: "")
      case .markdown:
        print(MarkdownWriter.text(of: found), terminator: "")
      case .json:
        print(try ReleaseJSON.encode(found))
      }
    }
  }

  private func find() throws -> Release {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: release, isDirectory: &isFolder), !isFolder.boolValue
    {
      let files = ReleaseFileReader.parse(files: [release])
      Diagnostics.report(files.problems)
      guard let parsed = files.releases.first else {
        throw CommandFailure("\(release)\u{00A0}: rien à afficher")
      }
      return parsed
    }
    return try options.release(withID: release, in: try options.refreshedLibrary())
  }
}
