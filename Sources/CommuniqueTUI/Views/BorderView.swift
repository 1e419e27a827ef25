/// The box around the panes and the status line, with shared edges and the pane titles.
public struct BorderView: Sendable {
  /// The layout to draw around.
  public var layout: ScreenLayout
  /// Each visible pane's title, and whether the pane has focus.
  public var titles: [Pane: (text: String, focused: Bool)]

  /// Creates the view.
  public init(layout: ScreenLayout, titles: [Pane: (text: String, focused: Bool)]) {
    self.layout = layout
    self.titles = titles
  }

  /// Draws the borders over the whole screen rectangle `area`.
  public func render(in area: Rect, into grid: inout CellGrid) {
    guard layout.bordered, area.width >= 2, area.height >= 4 else { return }
    let right = area.maxX - 1
    let bottom = area.maxY - 1
    let separator = bottom - 2
    let joints = layout.panes.dropFirst().map { $0.content.x - 1 }
    for x in area.x...right {
      let top: Character = joints.contains(x) ? "┬" : "─"
      let middle: Character = joints.contains(x) ? "┴" : "─"
      grid.put(top, column: x, row: area.y, style: .border)
      grid.put(middle, column: x, row: separator, style: .border)
      grid.put("─", column: x, row: bottom, style: .border)
    }
    for y in area.y...bottom {
      grid.put("│", column: area.x, row: y, style: .border)
      grid.put("│", column: right, row: y, style: .border)
      if y > area.y, y < separator {
        for x in joints { grid.put("│", column: x, row: y, style: .border) }
      }
    }
    let corners: [(Character, Int, Int)] = [
      ("┌", area.x, area.y), ("┐", right, area.y), ("├", area.x, separator),
      ("┤", right, separator), ("└", area.x, bottom), ("┘", right, bottom),
    ]
    for (character, x, y) in corners { grid.put(character, column: x, row: y, style: .border) }
    for frame in layout.panes {
      guard let title = titles[frame.pane], frame.content.width > 2 else { continue }
      let text = " " + TextWrapper.truncate(title.text, width: frame.content.width - 2) + " "
      let style: CellStyle = title.focused ? .heading : .border
      let clip = Rect(x: frame.content.x, y: area.y, width: frame.content.width, height: 1)
      grid.put(text, column: frame.content.x, row: area.y, style: style, clip: clip)
    }
  }
}
