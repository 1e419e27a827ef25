/// The side pane: partners, people and contacts, each entry selectable.
public struct SideView: Sendable {
  /// The model to show.
  public var model: Model

  /// Creates the view.
  public init(model: Model) {
    self.model = model
  }

  /// The pane's border title.
  public var title: String { "Fiche" }

  /// Draws the visible rows into `area`.
  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let content = model.sideContent
    let entries = content.entries
    let selectedRow =
      entries.indices.contains(model.sideSelected) ? entries[model.sideSelected] : -1
    let top = min(max(0, model.sideTop), max(0, content.rows.count - 1))
    for (offset, index) in (top..<content.rows.count).prefix(area.height).enumerated() {
      let row = content.rows[index]
      var style: CellStyle
      switch row.kind {
      case .heading: style = .heading
      case .note: style = .secondary
      case .entry: style = CellStyle(role: row.role)
      }
      if index == selectedRow {
        style = model.focus == .side ? .selection : .inactiveSelection
      }
      let marker = index == selectedRow && model.focus == .side ? "▶" : " "
      let indent = String(repeating: " ", count: row.kind == .heading ? 0 : row.indent)
      let prefix = row.kind == .heading ? "" : marker
      let text = TextWrapper.pad(
        prefix + indent + ControlPlaceholders.clean(row.text), width: area.width)
      grid.put(text, column: area.x, row: area.y + offset, style: style, clip: area)
    }
  }
}
