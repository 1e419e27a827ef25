import CommuniqueCore

extension Model {
  /// The library as the list shows it: filtered and sorted, the release `keeping` always in
  /// (so that a release read while only unread ones are shown stays until the list changes).
  func arranged(_ library: [ReleaseSummary], keeping id: String?) -> [ReleaseSummary] {
    let shown: [ReleaseSummary]
    switch filter {
    case .all: shown = library
    case .unread: shown = library.filter { isUnread($0.id) || $0.id == id }
    case .flagged: shown = library.filter { marks.flagged.contains($0.id) || $0.id == id }
    }
    return order.sorted(shown)
  }

  /// Shows the library arranged again, the selected release kept on the same row when it is
  /// still listed (while a library search lasts, the list it restores is arranged instead).
  mutating func rearrange() {
    if var state = librarySearch {
      state.library = arranged(allSummaries, keeping: state.previousSelection)
      librarySearch = state
      return
    }
    let current = selectedSummary?.id
    let row = selected - listTop
    summaries = arranged(allSummaries, keeping: current)
    let index = current.flatMap { id in summaries.firstIndex { $0.id == id } }
    selected = index ?? 0
    listTop = index.map { max(0, $0 - row) } ?? 0
    if index == nil {
      readingTop = 0
      sideSelected = 0
      sideTop = 0
    }
  }

  /// `U` and `f`: shows only the releases of `filter`, or every release when it is on already.
  mutating func toggle(_ filter: ListFilter) {
    self.filter = self.filter == filter ? .all : filter
    rearrange()
    message =
      switch self.filter {
      case .all: "Tous les communiqués"
      case .unread: "Communiqués non lus seulement"
      case .flagged: "Communiqués à drapeau seulement"
      }
    if summaries.isEmpty { message! += "\u{A0}: aucun" }
  }

  /// `o`: the next order of the list (the status line names it while it is not the library's).
  mutating func cycleOrder() {
    order = order.next
    rearrange()
    if order == .library { message = "Liste " + order.label }
  }

  /// What changed in the library between two listings, for the status line
  /// (`3 nouveaux communiqués`), or nil when nothing did.
  static func changes(from old: [ReleaseSummary], to new: [ReleaseSummary]) -> String? {
    let oldIDs = Set(old.map(\.id))
    let newIDs = Set(new.map(\.id))
    let added = newIDs.subtracting(oldIDs).count
    let removed = oldIDs.subtracting(newIDs).count
    var parts: [String] = []
    if added > 0 {
      parts.append(added == 1 ? "1 nouveau communiqué" : "\(added) nouveaux communiqués")
    }
    if removed > 0 {
      parts.append(removed == 1 ? "1 communiqué retiré" : "\(removed) communiqués retirés")
    }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }
}
