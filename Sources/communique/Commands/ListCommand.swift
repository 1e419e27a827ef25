import ArgumentParser
import CommuniqueCore
import CommuniqueIndex

/// `communique list [DIR] [--unread|--flagged] [--json]`: one line per release, from the
/// library's index, with its read and flagged marks.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract:
      "Liste les communiqués\u{00A0}: identifiant, titre, lieu (séparés par des tabulations).")

  @Flag(name: .long, help: "Seulement les communiqués non lus.")
  var unread = false

  @Flag(name: .long, help: "Seulement les communiqués à drapeau.")
  var flagged = false

  @Flag(
    name: .long,
    help: "Un tableau JSON\u{00A0}: {id, path, title, place, read, flagged} par communiqué.")
  var json = false

  @OptionGroup var options: LibraryOptions

  func run() throws {
    try reportingFailures {
      let index = try options.refreshedLibrary()
      let marks = (try? MarkDatabase.openReporting().marks()) ?? ReleaseMarks()
      let summaries = try index.summaries(limit: nil).filter { summary in
        (!unread || !marks.read.contains(summary.id))
          && (!flagged || marks.flagged.contains(summary.id))
      }
      if json {
        print(try ListJSON.encode(summaries, marks: marks, paths: try index.paths()))
        return
      }
      for summary in summaries {
        let fields = [summary.id, summary.title, summary.place ?? ""]
        print(fields.map(StandardOutput.safe).joined(separator: "\t"))
      }
    }
  }
}
