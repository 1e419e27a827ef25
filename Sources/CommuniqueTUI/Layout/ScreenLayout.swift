/// Where the panes and the status line go for a terminal size.
///
/// With room for borders (20×6 and more) panes sit side by side in one box, sharing their
/// borders, above a status line; below that, the focused pane fills the screen without borders
/// and the status line takes the last row. Every rectangle lies inside the screen.
///
/// The reading pane gets a comfortable measure (`readingColumns`) and the spare width goes to
/// the list, which widens to `focusedListColumns` while it has the focus.
public struct ScreenLayout: Equatable, Sendable {
  /// The width mode.
  public let mode: LayoutMode
  /// Whether borders are drawn.
  public let bordered: Bool
  /// The visible panes, left to right.
  public let panes: [PaneFrame]
  /// The status line.
  public let status: Rect
  /// The whole screen.
  public let screen: Rect

  /// The layout for a size, a focused pane and the user's side-pane choice (nil: the default);
  /// with `single`, the focused pane alone takes the whole width (the directory view).
  public init(width: Int, height: Int, focus: Pane, sideChoice: Bool?, single: Bool = false) {
    let width = max(0, width)
    let height = max(0, height)
    mode = LayoutMode(width: width)
    screen = Rect(x: 0, y: 0, width: width, height: height)
    bordered = width >= 20 && height >= 6
    let showsSide = sideChoice ?? mode.showsSideByDefault
    let visible: [Pane]
    if !bordered || mode == .narrow || single {
      visible = [focus]
    } else if mode == .wide {
      visible = showsSide ? [.list, .reading, .side] : [.list, .reading]
    } else {
      visible = showsSide ? [.reading, .side] : [.list, .reading]
    }
    guard bordered else {
      status = Rect(x: 0, y: height - 1, width: width, height: min(1, height))
      panes = [PaneFrame(pane: focus, content: Rect(x: 0, y: 0, width: width, height: height - 1))]
      return
    }
    status = Rect(x: 1, y: height - 2, width: width - 2, height: 1)
    let widths = Self.columns(for: visible, inner: width - visible.count - 1, focus: focus)
    var x = 1
    var frames: [PaneFrame] = []
    for (pane, columns) in zip(visible, widths) {
      frames.append(
        PaneFrame(pane: pane, content: Rect(x: x, y: 1, width: columns, height: height - 4)))
      x += columns + 1
    }
    panes = frames
  }

  /// The layout for a model's size, focus and side-pane choice.
  public init(model: Model) {
    self.init(
      width: model.width, height: model.height, focus: model.focus, sideChoice: model.sideChoice,
      single: model.zoomed)
  }

  /// The content rectangle of a pane, when it is visible.
  public func rect(for pane: Pane) -> Rect? {
    panes.first { $0.pane == pane }?.content
  }

  /// The visible pane containing a cell, if any.
  public func pane(atColumn column: Int, row: Int) -> PaneFrame? {
    panes.first { $0.content.contains(column: column, row: row) }
  }

  /// Columns of the reading pane when it has the room: a 76-column line and its margins.
  public static let readingColumns = 78
  /// Columns of the list while it has the focus, when there is room: a 60-character title
  /// with its marks.
  public static let focusedListColumns = 66

  private static func columns(for panes: [Pane], inner: Int, focus: Pane) -> [Int] {
    switch panes.count {
    case 3:
      let side = min(40, max(28, inner / 5))
      let list =
        focus == .list
        ? max(focusedListColumns, inner - side - readingColumns)
        : inner - side - min(readingColumns, inner - side - 24)
      return [list, inner - list - side, side]
    case 2 where panes[0] == .list:
      let list =
        focus == .list
        ? max(min(focusedListColumns, inner - 30), inner - readingColumns)
        : inner - min(readingColumns, inner - 24)
      return [list, inner - list]
    case 2:
      let side = min(44, max(18, inner * 38 / 100))
      return [inner - side, side]
    default:
      return [inner]
    }
  }
}
