import CommuniqueCore

extension Model {
  /// `/` in the list pane: starts (or goes back to) typing a search over every release.
  mutating func startLibrarySearch() {
    if var state = librarySearch {
      state.editing = true
      librarySearch = state
    } else {
      librarySearch = LibrarySearch(library: summaries, previousSelection: selectedSummary?.id)
    }
  }

  /// Edits the library query: every key asks for a first pass of the ranked results again;
  /// Enter opens the best one (once the exact ranking has come, when the list shows a first
  /// pass), Esc (or erasing past the start) restores the full list.
  mutating func editLibrarySearch(_ state: LibrarySearch, with key: Key) -> [Effect] {
    var state = state
    switch key {
    case .character(let character):
      state.query.append(character)
    case .backspace:
      if state.query.isEmpty {
        endLibrarySearch()
        return []
      }
      state.query.removeLast()
    case .escape:
      endLibrarySearch()
      return []
    case .enter:
      state.editing = false
      guard !state.isExact else {
        librarySearch = state
        openResult()
        return []
      }
      let asked = state.awaitsRanking
      state.awaitsRanking = true
      state.opensWhenRanked = true
      librarySearch = state
      return asked ? [] : [.rankLibrarySearch(state.query)]
    default:
      return []
    }
    state.keystrokes += 1
    state.awaitsRanking = false
    state.opensWhenRanked = false
    librarySearch = state
    guard !state.query.allSatisfy(\.isWhitespace) else {
      showResults(nil)
      return []
    }
    return [.searchLibrary(state.query)]
  }

  /// Shows the results of the query being typed (ignored when they answer an older query).
  /// A first pass asks to hear when typing pauses; the exact ranking opens the best result
  /// when Enter waits for it.
  mutating func receive(_ results: LibraryResults) -> [Effect] {
    guard librarySearch?.query == results.query else { return [] }
    showResults(results)
    guard var state = librarySearch else { return [] }
    guard results.isExact else {
      return state.awaitsRanking ? [] : [.awaitTypingPause(keystroke: state.keystrokes)]
    }
    let opens = state.opensWhenRanked
    state.awaitsRanking = false
    state.opensWhenRanked = false
    librarySearch = state
    if opens { openResult() }
    return []
  }

  /// Typing paused after `keystroke`: when it was the last one and the list shows a first
  /// pass, the exact ranking is asked for.
  mutating func typingPaused(after keystroke: Int) -> [Effect] {
    guard var state = librarySearch, state.keystrokes == keystroke, !state.isExact,
      !state.awaitsRanking
    else { return [] }
    state.awaitsRanking = true
    librarySearch = state
    return [.rankLibrarySearch(state.query)]
  }

  /// The list shows `results` (the whole library when nil), the best one selected.
  private mutating func showResults(_ results: LibraryResults?) {
    guard var state = librarySearch else { return }
    if let results {
      summaries = results.hits.map(\.summary)
      state.total = "\(results.total)" + (results.isTotalCapped ? "+" : "")
      state.isExact = results.isExact
      state.snippets = Dictionary(results.hits.map { ($0.summary.id, $0.snippet) }) { a, _ in a }
      state.highlights = results.highlights
    } else {
      summaries = state.library
      state.total = "0"
      state.isExact = true
      state.snippets = [:]
      state.highlights = []
    }
    librarySearch = state
    selected = 0
    listTop = 0
    readingTop = 0
    sideSelected = 0
    sideTop = 0
  }

  /// Enter: the selected result in the reading pane, its matches highlighted (`n`/`N`) — once
  /// it is loaded, when it is not yet.
  private mutating func openResult() {
    guard let state = librarySearch else { return }
    guard selectedSummary != nil, !state.highlights.isEmpty else {
      message = "Aucun résultat pour «\u{00A0}\(state.query)\u{00A0}»"
      return
    }
    focus = .reading
    var search = SearchState(query: state.query, editing: false, needles: state.highlights)
    guard currentRelease != nil else {
      search.awaitsRelease = true
      self.search = search
      return
    }
    search.matches = document.matches(for: search)
    self.search = search
    if let first = search.matches.first {
      reveal(first, in: document.lines(width: readingWrapWidth))
    }
  }

  /// Esc: the full list again, with the release being read (or the one selected before the
  /// search) still selected.
  mutating func endLibrarySearch() {
    guard let state = librarySearch else { return }
    let keep = state.editing ? state.previousSelection : selectedSummary?.id
    summaries = state.library
    librarySearch = nil
    search = nil
    selected = keep.flatMap { id in summaries.firstIndex { $0.id == id } } ?? 0
    readingTop = 0
    sideSelected = 0
    sideTop = 0
  }

  /// The background refresh finished: the new library replaces the old one, the selection
  /// and its row kept, the directory to be gathered again; a library search runs again on it;
  /// the status line says what changed; the marks are read again (another reader may have
  /// changed them); a change seen meanwhile starts another refresh.
  mutating func refreshLibrary(_ library: [ReleaseSummary], skipped: Int) -> [Effect] {
    indexStatus = nil
    directory = nil
    requestedReleaseID = nil
    let before = listBeforeRefresh ?? allSummaries
    let changes = isListPartial || before.isEmpty ? nil : Self.changes(from: before, to: library)
    let notes = [changes, skipped > 0 ? "\(skipped) fichier(s) illisible(s) ignoré(s)" : nil]
      .compactMap { $0 }
    if !notes.isEmpty { message = notes.joined(separator: " ; ") }
    list(library)
    var effects: [Effect] = [.loadMarks]
    if let state = librarySearch, !state.query.allSatisfy(\.isWhitespace) {
      effects.append(.searchLibrary(state.query))
    }
    if refreshQueued {
      refreshQueued = false
      indexStatus = "Index…"
      effects.append(.refreshLibrary)
    }
    return effects
  }

  /// The library folder changed: it is read again, now or once the refresh running ends.
  mutating func libraryChanged() -> [Effect] {
    guard indexStatus == nil else {
      refreshQueued = true
      return []
    }
    indexStatus = "Index…"
    return [.refreshLibrary]
  }

  /// Takes the whole library (arranged as the list shows it, and kept aside while a library
  /// search shows its results), the selected release staying selected on its row.
  mutating func list(_ library: [ReleaseSummary]) {
    isListPartial = false
    allSummaries = library
    recount()
    rearrange()
  }
}
