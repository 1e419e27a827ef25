import CommuniqueCore

extension Model {
  /// Opens the directory on a list, or switches list when it is already open; the first time,
  /// asks for the library's directory (once, even if Esc gave up waiting) and opens it when it
  /// comes back.
  mutating func openDirectory(_ kind: DirectoryState.Kind) -> [Effect] {
    if let directory = directoryView?.directory ?? directory {
      directoryView = DirectoryState(kind: kind, directory: directory)
      return []
    }
    pendingDirectory = kind
    guard !directoryRequested else { return [] }
    directoryRequested = true
    return [.loadDirectory]
  }

  /// What a key does while the directory is open.
  mutating func performInDirectory(_ action: Action) -> [Effect] {
    guard var state = directoryView else { return [] }
    let page = max(1, directoryRect.height - 1)
    switch action {
    case .down: state.selected += 1
    case .up: state.selected -= 1
    case .pageDown: state.selected += page
    case .pageUp: state.selected -= page
    case .top: state.selected = 0
    case .bottom: state.selected = Int.max / 2
    case .open:
      if let entry = state.opened {
        let references = state.releases(ofEntry: entry)
        if references.indices.contains(state.selected) {
          openRelease(id: references[state.selected].id)
          return []
        }
      } else if state.selected < state.entryCount {
        state.opened = state.selected
        state.selected = 0
        state.top = 0
      }
    case .back, .cancel:
      if let entry = state.opened {
        state.opened = nil
        state.selected = entry
      } else {
        directoryView = nil
        return []
      }
    case .contactsDirectory: return openDirectory(.contacts)
    case .partnersDirectory: return openDirectory(.partners)
    case .copy, .copyCard: return copyDirectoryEntry(state, card: action == .copyCard)
    case .help:
      overlay = .help
      helpTop = 0
    case .quit: return [.quit]
    case .nextPane, .previousPane, .search, .nextMatch, .previousMatch, .toggleSide, .refresh,
      .toggleRead, .markAllRead, .nextUnread, .previousUnread, .showUnread, .toggleFlag,
      .showFlagged, .zoom, .cycleOrder, .pipe, .pager, .editor:
      break
    }
    directoryView = state
    return []
  }

  /// Closes the directory and shows a release in the reading pane.
  mutating func openRelease(id: String) {
    directoryView = nil
    guard let index = summaries.firstIndex(where: { $0.id == id }) else { return }
    search = nil
    select(release: index)
    focus = .reading
  }

  /// `y` copies the selected entry (a contact on one line, a partner's name), `Y` a contact's
  /// vCard with the titles of its releases.
  private mutating func copyDirectoryEntry(_ state: DirectoryState, card: Bool) -> [Effect] {
    let entry = state.opened ?? state.selected
    switch state.kind {
    case .contacts where state.directory.contacts.indices.contains(entry):
      let contact = state.directory.contacts[entry]
      guard card else { return [.copy(text: contact.contact.line, summary: contact.contact.line)] }
      let note = contact.releases.map(\.title).joined(separator: "\n")
      return [
        .copy(
          text: VCardWriter.card(for: contact.contact, note: note),
          summary: "fiche vCard de \(contact.name)")
      ]
    case .partners where !card && state.directory.partners.indices.contains(entry):
      let name = state.directory.partners[entry].name
      return [.copy(text: name, summary: name)]
    case .partners:
      message = "Y copie une fiche de contact\u{00A0}: ouvrez les contacts avec c."
    default:
      message = "Rien à copier\u{00A0}: l’annuaire est vide."
    }
    return []
  }

  /// Where the directory's rows go: the whole screen above the status line.
  var directoryRect: Rect {
    ScreenLayout(width: width, height: height, focus: .list, sideChoice: nil, single: true)
      .rect(for: .list) ?? .zero
  }
}
