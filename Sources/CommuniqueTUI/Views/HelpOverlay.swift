/// The `?` window: every key binding and what it does, straight from the `KeyMap`.
public struct HelpOverlay: Sendable {
  /// The bindings to list.
  public var keyMap: KeyMap
  /// The first row shown, when the help is taller than the screen.
  public var top: Int

  /// Creates the view.
  public init(keyMap: KeyMap, top: Int = 0) {
    self.keyMap = keyMap
    self.top = top
  }

  /// The rows of the help, without the frame.
  public var rows: [String] {
    let labelWidth = keyMap.bindings.map { DisplayWidth.of($0.label) }.max() ?? 0
    return keyMap.bindings.map { TextWrapper.pad($0.label, width: labelWidth) + "  " + $0.help }
      + ["", "Souris\u{00A0}: un clic choisit une ligne, la molette fait défiler."]
  }

  /// Draws the window centred in `area`, clipped to it.
  public func render(in area: Rect, into grid: inout CellGrid) {
    let rows = self.rows
    let contentWidth = rows.map(DisplayWidth.of).max() ?? 0
    let box = area.centred(width: contentWidth + 4, height: rows.count + 2)
    guard !box.isEmpty else { return }
    grid.fill(box, style: .plain)
    let right = box.maxX - 1
    let bottom = box.maxY - 1
    for x in box.x...right {
      grid.put("─", column: x, row: box.y, style: .border, clip: box)
      grid.put("─", column: x, row: bottom, style: .border, clip: box)
    }
    for y in box.y...bottom {
      grid.put("│", column: box.x, row: y, style: .border, clip: box)
      grid.put("│", column: right, row: y, style: .border, clip: box)
    }
    let corners: [(Character, Int, Int)] = [
      ("┌", box.x, box.y), ("┐", right, box.y), ("└", box.x, bottom), ("┘", right, bottom),
    ]
    for (character, x, y) in corners {
      grid.put(character, column: x, row: y, style: .border, clip: box)
    }
    grid.put(" Aide — touches ", column: box.x + 2, row: box.y, style: .heading, clip: box)
    grid.put(" Échap fermer ", column: box.x + 2, row: bottom, style: .border, clip: box)
    let inner = box.inset(by: 1)
    let first = min(max(0, top), max(0, rows.count - 1))
    for (offset, text) in rows[first...].enumerated() {
      grid.put(text, column: inner.x + 1, row: inner.y + offset, style: .plain, clip: inner)
    }
    if first + inner.height < rows.count {
      grid.put(" ↓ j ", column: right - 6, row: bottom, style: .heading, clip: box)
    }
    if first > 0 {
      grid.put(" ↑ k ", column: right - 6, row: box.y, style: .heading, clip: box)
    }
  }
}
