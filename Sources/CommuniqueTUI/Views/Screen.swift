/// The whole screen for a model: borders, panes, status line and overlay.
public enum Screen {
  /// Renders a model into a grid of the model's size.
  public static func render(_ model: Model) -> CellGrid {
    var grid = CellGrid(width: model.width, height: model.height)
    if let state = model.directoryView {
      renderDirectory(state, of: model, into: &grid)
      return grid
    }
    let layout = model.layout
    let list = ListView(model: model)
    let reading = ReadingView(model: model)
    let side = SideView(model: model)
    if layout.bordered {
      let titles: [Pane: (text: String, focused: Bool)] = [
        .list: (list.title, model.focus == .list),
        .reading: (reading.title, model.focus == .reading),
        .side: (side.title, model.focus == .side),
      ]
      BorderView(layout: layout, titles: titles).render(in: layout.screen, into: &grid)
    }
    for frame in layout.panes {
      switch frame.pane {
      case .list: list.render(in: frame.content, into: &grid)
      case .reading: reading.render(in: frame.content, into: &grid)
      case .side: side.render(in: frame.content, into: &grid)
      }
    }
    StatusLine(model: model).render(in: layout.status, into: &grid)
    if model.overlay == .help {
      HelpOverlay(keyMap: model.keyMap, top: model.helpTop).render(in: layout.screen, into: &grid)
    }
    return grid
  }

  /// The directory alone in one bordered pane, above the status line.
  private static func renderDirectory(
    _ state: DirectoryState, of model: Model, into grid: inout CellGrid
  ) {
    let layout = ScreenLayout(
      width: model.width, height: model.height, focus: .list, sideChoice: nil, single: true)
    let view = DirectoryView(state: state)
    if layout.bordered {
      BorderView(layout: layout, titles: [.list: (view.title, true)])
        .render(in: layout.screen, into: &grid)
    }
    if let area = layout.rect(for: .list) { view.render(in: area, into: &grid) }
    StatusLine(model: model).render(in: layout.status, into: &grid)
    if model.overlay == .help {
      HelpOverlay(keyMap: model.keyMap, top: model.helpTop).render(in: layout.screen, into: &grid)
    }
  }
}
