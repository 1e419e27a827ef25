extension Model {
  /// Brings every index back in range and every selection into view, for the current layout.
  mutating func normalise() {
    selected = min(max(0, selected), max(0, summaries.count - 1))
    let layout = self.layout
    if layout.panes.count > 1, layout.rect(for: focus) == nil {
      focus = layout.rect(for: .reading) != nil ? .reading : .list
    }
    let listHeight = layout.rect(for: .list)?.height ?? 0
    let listRows = listHeight / listRowsPerItem
    listTop = Self.scroll(listTop, keeping: selected, visibleIn: listRows)
    if listRows > 0 { listTop = min(listTop, max(0, summaries.count - listRows)) }

    let helpRows = HelpOverlay(keyMap: keyMap).rows.count
    helpTop = min(max(0, helpTop), max(0, helpRows - max(0, height - 2)))

    let reading = readingRect
    let lineCount = document.lines(width: readingWrapWidth).count
    readingTop = min(max(0, readingTop), max(0, lineCount - reading.height))

    if var state = directoryView {
      state.selected = min(max(0, state.selected), max(0, state.rowCount - 1))
      state.top = Self.scroll(state.top, keeping: state.selected, visibleIn: directoryRect.height)
      directoryView = state
    }

    let content = sideContent
    let entries = content.entries
    sideSelected = min(max(0, sideSelected), max(0, entries.count - 1))
    let sideHeight = layout.rect(for: .side)?.height ?? 0
    if entries.indices.contains(sideSelected) {
      sideTop = Self.scroll(sideTop, keeping: entries[sideSelected], visibleIn: sideHeight)
      if sideSelected == 0 { sideTop = 0 }
    } else {
      sideTop = 0
    }
  }

  /// The first visible row, moved as little as possible so that `row` is visible.
  static func scroll(_ top: Int, keeping row: Int, visibleIn height: Int) -> Int {
    guard height > 0 else { return max(0, min(top, row)) }
    if row < top { return row }
    if row >= top + height { return row - height + 1 }
    return max(0, top)
  }
}
