/// The reader's whole behaviour: the next model and the effects to run, for a message.
///
/// Pure: no I/O, no clock. The transient status message lasts until the next key.
public func update(_ model: Model, _ message: Message) -> (Model, [Effect]) {
  var next = model
  var effects: [Effect] = []
  switch message {
  case .resize(let width, let height):
    next.resize(width: width, height: height)
  case .mouse(let event):
    next.message = nil
    next.handle(event)
  case .key(let key):
    next.message = nil
    effects = next.handle(key)
  case .libraryResults(let results):
    effects = next.receive(results)
  case .typingPaused(let keystroke):
    effects = next.typingPaused(after: keystroke)
  case .indexProgress(let done, let total):
    next.indexStatus = Model.indexStatus(done: done, total: total)
  case .libraryGrowing(let summaries):
    next.grow(summaries)
  case .libraryListed(let summaries):
    next.list(summaries)
  case .libraryRefreshed(let summaries, let skipped):
    next.unreadableFiles = skipped
    effects = next.refreshLibrary(summaries, skipped: skipped)
    next.listBeforeRefresh = nil
  case .releaseLoaded(let release):
    next.receive(release)
  case .releaseUnavailable(let id):
    next.releaseUnavailable(id: id)
  case .directoryLoaded(let directory):
    next.receive(directory)
  case .copied(let summary, let backend):
    next.message = "Copié (\(backend.label))\u{00A0}: " + summary
  case .copyFailed(let reason):
    next.message = "Copie impossible\u{00A0}: " + reason
  case .marksLoaded(let marks):
    next.receive(marks)
  case .marksUnsaved(let reason):
    next.message = "Marques non enregistrées\u{A0}: " + reason
  case .libraryChanged:
    effects = next.libraryChanged()
  case .programFinished(let outcome):
    next.message = outcome.statusText
  }
  next.keepReadingPosition(of: model)
  next.normalise()
  effects += next.markOpened(after: model)
  effects += next.requestSelectedRelease()
  return (next, effects)
}

extension Model {
  mutating func handle(_ key: Key) -> [Effect] {
    if let confirmation { return answer(confirmation, with: key) }
    if overlay != nil {
      scrollHelp(with: key)
      return []
    }
    if let librarySearch, librarySearch.editing {
      return editLibrarySearch(librarySearch, with: key)
    }
    if let search, search.editing {
      edit(search, with: key)
      return []
    }
    if let pipePrompt { return editPipePrompt(pipePrompt, with: key) }
    guard let action = keyMap.action(for: key) else { return [] }
    if directoryView != nil { return performInDirectory(action) }
    return perform(action)
  }

  /// While the help is open, moving keys scroll it and the others close it.
  mutating func scrollHelp(with key: Key) {
    let page = max(1, height - 3)
    switch keyMap.action(for: key) {
    case .down: helpTop += 1
    case .up: helpTop -= 1
    case .pageDown: helpTop += page
    case .pageUp: helpTop -= page
    case .top: helpTop = 0
    case .bottom: helpTop = Int.max / 2
    default: overlay = nil
    }
  }

  mutating func perform(_ action: Action) -> [Effect] {
    switch action {
    case .down: move(by: 1)
    case .up: move(by: -1)
    case .pageDown: move(by: pageSize)
    case .pageUp: move(by: -pageSize)
    case .top: move(by: Int.min / 2)
    case .bottom: move(by: Int.max / 2)
    case .open: if focus == .list { focus = .reading }
    case .back: back()
    case .nextPane: cycleFocus(by: 1)
    case .previousPane: cycleFocus(by: -1)
    case .search:
      if focus == .list { startLibrarySearch() } else { search = SearchState() }
    case .nextMatch: stepMatch(by: 1)
    case .previousMatch: stepMatch(by: -1)
    case .toggleSide: toggleSide()
    case .copy: return copySelection()
    case .copyCard: return copyCard()
    case .contactsDirectory: return openDirectory(.contacts)
    case .partnersDirectory: return openDirectory(.partners)
    case .help:
      overlay = .help
      helpTop = 0
    case .cancel:
      pendingDirectory = nil
      if librarySearch != nil { endLibrarySearch() } else { search = nil }
    case .refresh:
      guard indexStatus == nil else { return [] }
      indexStatus = "Index…"
      return [.refreshLibrary]
    case .pipe, .pager, .editor: return handOver(action)
    case .quit: return [.quit]
    case .toggleRead: return toggleRead()
    case .markAllRead: askMarkAllRead()
    case .nextUnread: stepUnread(by: 1)
    case .previousUnread: stepUnread(by: -1)
    case .showUnread: toggle(.unread)
    case .toggleFlag: return toggleFlag()
    case .showFlagged: toggle(.flagged)
    case .zoom: zoomed.toggle()
    case .cycleOrder: cycleOrder()
    }
    return []
  }
}
