import CommuniqueCore

/// The list pane: one row per release, the selected one marked, unread ones bold with `•`,
/// flagged ones with `⚑`; the title in full when it fits, and the dateline place on the right
/// of a row with room left for it.
public struct ListView: Sendable {
  /// The model to show.
  public var model: Model

  /// Creates the view.
  public init(model: Model) {
    self.model = model
  }

  /// The pane's border title: `Communiqués (82 · 12 non lus)`, `Non lus (12 sur 82)`,
  /// `À drapeau (3 sur 82)`, or `Communiqués (200…)` while the rest of a large library is being
  /// read or indexed (`Communiqués (350… · 350 non lus)`).
  public var title: String {
    if let search = model.librarySearch, !search.query.allSatisfy(\.isWhitespace) {
      return "Résultats (\(search.total))"
    }
    let total = model.allSummaries.count
    if model.isListPartial { return "Communiqués (\(total)…)" }
    switch model.filter {
    case .all:
      let unread = model.unreadCount
      let count = unread == 0 ? "" : unread == 1 ? " · 1 non lu" : " · \(unread) non lus"
      let indexing = model.isListGrowing || (total == 0 && model.indexStatus != nil)
      return "Communiqués (\(total)\(indexing ? "…" : "")\(count))"
    case .unread: return "Non lus (\(model.unreadCount) sur \(total))"
    case .flagged:
      let flagged = model.summaries.count { model.marks.flagged.contains($0.id) }
      return "À drapeau (\(flagged) sur \(total))"
    }
  }

  /// The mark before a title: `⚑` flagged, `•` unread, a space otherwise.
  public func mark(of summary: ReleaseSummary) -> String {
    if model.marks.flagged.contains(summary.id) { return "⚑" }
    return model.isUnread(summary.id) ? "•" : " "
  }

  /// Draws the rows into `area`.
  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    guard !model.summaries.isEmpty else {
      let empty =
        model.librarySearch != nil
        ? "Aucun résultat"
        : model.indexStatus != nil && model.allSummaries.isEmpty
          ? "Lecture des fichiers…" : "Aucun communiqué"
      grid.put(empty, column: area.x + 1, row: area.y, style: .secondary, clip: area)
      return
    }
    let rows = model.listRowsPerItem
    let top = min(max(0, model.listTop), model.summaries.count - 1)
    for (offset, index) in (top..<model.summaries.count).prefix(area.height / rows).enumerated() {
      let row = area.y + offset * rows
      let isSelected = index == model.selected
      let summary = model.summaries[index]
      var style: CellStyle =
        isSelected ? (model.focus == .list ? .selection : .inactiveSelection) : .plain
      if model.isUnread(summary.id) { style.bold = true }
      let marker = (isSelected ? "▶" : " ") + mark(of: summary) + " "
      let title = ControlPlaceholders.clean(summary.title)
      let room = area.width - DisplayWidth.of(marker + title) - 2
      let place = summary.place.map(ControlPlaceholders.clean).flatMap {
        DisplayWidth.of($0) <= room ? $0 : nil
      }
      let placeWidth = place.map { DisplayWidth.of($0) + 2 } ?? 0
      let text = TextWrapper.pad(marker + title, width: area.width - placeWidth)
      grid.put(text, column: area.x, row: row, style: style, clip: area)
      if let place {
        let placeStyle = isSelected ? style : .secondary
        grid.put(
          TextWrapper.pad("  " + place, width: placeWidth), column: area.maxX - placeWidth,
          row: row, style: placeStyle, clip: area)
      }
      if rows == 2, let snippet = model.librarySearch?.snippets[summary.id] {
        let line = TextWrapper.truncate(
          "    " + ControlPlaceholders.clean(snippet), width: area.width)
        grid.put(line, column: area.x, row: row + 1, style: .secondary, clip: area)
      }
    }
  }
}
