import CommuniqueCore

extension Model {
  /// Whether release `id` has not been read.
  public func isUnread(_ id: String) -> Bool { !marks.read.contains(id) }

  /// Counts the unread releases of the library again.
  mutating func recount() {
    unreadCount = allSummaries.count { !marks.read.contains($0.id) }
  }

  /// Puts `mark` on the releases `ids` or takes it off, and asks for it to be kept.
  mutating func set(_ mark: ReleaseMark, _ on: Bool, ids: [String]) -> [Effect] {
    guard !ids.isEmpty else { return [] }
    marks.set(mark, on, ids: ids)
    if mark == .read { recount() }
    return [.saveMark(mark, on, ids: ids)]
  }

  /// `u`: the selected release read, or unread again.
  mutating func toggleRead() -> [Effect] {
    guard let id = selectedSummary?.id else { return [] }
    let read = isUnread(id)
    message = read ? "Marqué comme lu" : "Marqué comme non lu"
    return set(.read, read, ids: [id])
  }

  /// `F`: the selected release flagged, or its flag taken off.
  mutating func toggleFlag() -> [Effect] {
    guard let id = selectedSummary?.id else { return [] }
    let flag = !marks.flagged.contains(id)
    message = flag ? "Drapeau posé" : "Drapeau ôté"
    return set(.flagged, flag, ids: [id])
  }

  /// `A`: asks whether to mark every unread release of the list read.
  mutating func askMarkAllRead() {
    let ids = summaries.map(\.id).filter(isUnread)
    guard !ids.isEmpty else {
      message = "Aucun communiqué non lu dans la liste"
      return
    }
    confirmation = .markAllRead(ids: ids)
  }

  /// The answer to the question asked: `o` or `y` does it, any other key leaves all as it was.
  mutating func answer(_ question: Confirmation, with key: Key) -> [Effect] {
    confirmation = nil
    guard key == .character("o") || key == .character("y") else {
      message = "Rien n’a changé"
      return []
    }
    switch question {
    case .markAllRead(let ids):
      message =
        ids.count == 1
        ? "1 communiqué marqué comme lu" : "\(ids.count) communiqués marqués comme lus"
      return set(.read, true, ids: ids)
    }
  }

  /// `J` and `K`: the next (or previous) unread release of the list, if any.
  mutating func stepUnread(by step: Int) {
    var index = selected + step
    while summaries.indices.contains(index) {
      if isUnread(summaries[index].id) {
        select(release: index)
        return
      }
      index += step
    }
    message = step > 0 ? "Aucun communiqué non lu plus bas" : "Aucun communiqué non lu plus haut"
  }

  /// Marks the release just opened read (`previous` is the model before the message): a
  /// release becomes read as soon as it is open in the reading pane, for any time; `u` makes it
  /// unread again while it stays open.
  mutating func markOpened(after previous: Model) -> [Effect] {
    guard let id = openReleaseID, id != previous.openReleaseID, isUnread(id) else { return [] }
    return set(.read, true, ids: [id])
  }

  /// The marks as kept between sessions (another reader may have changed them).
  mutating func receive(_ marks: ReleaseMarks) {
    self.marks = marks
    recount()
  }
}
