import CommuniqueCore

extension Model {
  /// Asks for the selected release when it is neither loaded nor already asked for.
  mutating func requestSelectedRelease() -> [Effect] {
    guard let id = selectedSummary?.id, loadedRelease?.id != id, requestedReleaseID != id
    else { return [] }
    requestedReleaseID = id
    return [.loadRelease(id: id)]
  }

  /// A release came back: shown if it is still the selected one (an older answer is dropped),
  /// with the matches of the search in progress, the first one scrolled to when the search
  /// was waiting for it.
  mutating func receive(_ release: Release) {
    guard release.id == selectedSummary?.id else { return }
    loadedRelease = release
    guard var state = search, !state.editing else { return }
    state.matches = document.matches(for: state)
    state.current = 0
    let reveals = state.awaitsRelease
    state.awaitsRelease = false
    search = state
    if reveals, let first = state.matches.first {
      reveal(first, in: document.lines(width: readingWrapWidth))
    }
  }

  /// The selected release could not be loaded: the reading pane keeps its summary.
  mutating func releaseUnavailable(id: String) {
    guard id == selectedSummary?.id else { return }
    message = "Communiqué illisible dans le cache\u{00A0}: r pour réindexer"
  }

  /// The directory came back: kept, and opened if it was being waited for.
  mutating func receive(_ directory: LibraryDirectory) {
    self.directory = directory
    directoryRequested = false
    guard let kind = pendingDirectory else { return }
    pendingDirectory = nil
    directoryView = DirectoryState(kind: kind, directory: directory)
  }
}
