import CommuniqueCore

/// The list pane: one row per release (its dateline place too when the pane is wide enough), the
/// selected one marked.
public struct ListView: Sendable {
  /// The model to show.
  public var model: Model

  /// Creates the view.
  public init(model: Model) {
    self.model = model
  }

  /// The pane's border title: `Communiqués (2)`, or `Communiqués (200…)` while the rest of a
  /// large library is being read.
  public var title: String {
    guard let search = model.librarySearch, !search.query.allSatisfy(\.isWhitespace) else {
      return "Communiqués (\(model.summaries.count)\(model.isListPartial ? "…" : ""))"
    }
    return "Résultats (\(search.total))"
  }

  /// Draws the rows into `area`.
  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    guard !model.summaries.isEmpty else {
      let empty = model.librarySearch == nil ? "Aucun communiqué" : "Aucun résultat"
      grid.put(empty, column: area.x + 1, row: area.y, style: .secondary, clip: area)
      return
    }
    let rows = model.listRowsPerItem
    let top = min(max(0, model.listTop), model.summaries.count - 1)
    for (offset, index) in (top..<model.summaries.count).prefix(area.height / rows).enumerated() {
      let row = area.y + offset * rows
      let isSelected = index == model.selected
      let style: CellStyle =
        isSelected ? (model.focus == .list ? .selection : .inactiveSelection) : .plain
      let marker = isSelected ? "▶ " : "  "
      let summary = model.summaries[index]
      let place = (area.width >= 50 ? summary.place : nil).map {
        TextWrapper.truncate(ControlPlaceholders.clean($0), width: area.width / 3)
      }
      let placeWidth = place.map { DisplayWidth.of($0) + 2 } ?? 0
      let title = ControlPlaceholders.clean(summary.title)
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
