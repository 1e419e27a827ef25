import ArgumentParser
import CommuniqueCore
import CommuniqueIndex

/// `communique mark read|unread|flag|unflag ID…`: marks releases as the reader's `u` and `F`
/// do, in the same state folder.
struct MarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: "Marque des communiqués lus ou non lus, pose ou ôte leur drapeau.",
    discussion: """
      Les marques sont gardées dans $XDG_STATE_HOME/communique/ (par défaut \
      ~/.local/state/communique/), jamais dans le cache\u{00A0}: effacer le cache ne les perd pas.
      """)

  /// What to do to the releases.
  enum Change: String, ExpressibleByArgument, CaseIterable {
    case read, unread, flag, unflag

    var mark: ReleaseMark { self == .read || self == .unread ? .read : .flagged }
    var on: Bool { self == .read || self == .flag }
  }

  @Argument(help: "read (lu), unread (non lu), flag (drapeau) ou unflag (sans drapeau).")
  var change: Change

  @Argument(
    help: "Identifiants (ou débuts d’identifiant) des communiqués.", completion: .releaseIDs)
  var ids: [String]

  @Option(name: .long, help: "Dossier des communiqués (remplace COMMUNIQUE_LIBRARY).")
  var library: String?

  func run() throws {
    try reportingFailures {
      let options = try LibraryOptions.parse(library.map { ["--library", $0] } ?? [])
      let summaries = try options.refreshedLibrary().summaries(limit: nil)
      let chosen = try ids.map { prefix in try options.id(matching: prefix, in: summaries) }
      let store = MarkDatabase.openReporting()
      guard store.path != nil else {
        throw CommandFailure("marques non enregistrées\u{00A0}: le dossier d’état est inutilisable")
      }
      do {
        try store.set(change.mark, change.on, ids: chosen)
      } catch {
        throw CommandFailure("marques non enregistrées (\(error))")
      }
    }
  }
}
