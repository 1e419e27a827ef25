/// The reading pane: the release's document wrapped to the pane, with search matches.
public struct ReadingView: Sendable {
  /// The model to show.
  public var model: Model

  /// Creates the view.
  public init(model: Model) {
    self.model = model
  }

  /// The pane's border title: the release title, or a word for the empty library.
  public var title: String {
    model.selectedSummary.map { ControlPlaceholders.clean($0.title) } ?? "Bienvenue"
  }

  /// Draws the visible lines into `area`, one column of margin on the left, the text column
  /// centred when the pane is wider than the measure.
  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let document = model.document
    let lines = document.lines(width: model.readingWrapWidth)
    let matches = model.search.map { $0.editing ? [] : $0.matches } ?? []
    let current = model.search.flatMap {
      $0.matches.indices.contains($0.current) ? $0.current : nil
    }
    let top = min(max(0, model.readingTop), max(0, lines.count - 1))
    let margin = max(1, (area.width - model.readingWrapWidth) / 2)
    for (offset, line) in lines[top...].prefix(area.height).enumerated() {
      let glyphs = document.blocks[line.block]
      var x = area.x + margin
      for index in line.glyphs {
        var style = glyphs[index].style
        if let found = matches.firstIndex(where: {
          $0.block == line.block && $0.glyphs.contains(index)
        }) {
          style = style.matched(current: found == current)
        }
        x += grid.put(
          glyphs[index].character, column: x, row: area.y + offset, style: style, clip: area)
      }
    }
  }
}
