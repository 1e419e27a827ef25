extension Model {
  /// Rows in a page of the focused pane.
  var pageSize: Int {
    max(1, (layout.rect(for: focus)?.height ?? 1) - 1)
  }

  /// Moves the focused pane's selection or scroll position, saturating at both ends.
  mutating func move(by delta: Int) {
    switch focus {
    case .list:
      select(release: clampedAdd(selected, delta))
    case .reading:
      readingTop = clampedAdd(readingTop, delta)
    case .side:
      sideSelected = clampedAdd(sideSelected, delta)
    }
  }

  /// Selects a release, resetting what belongs to the previous one.
  mutating func select(release index: Int) {
    let index = min(max(0, index), max(0, summaries.count - 1))
    guard index != selected else { return }
    selected = index
    readingTop = 0
    sideSelected = 0
    sideTop = 0
    if var state = search, !state.editing {
      state.matches = document.matches(for: state)
      state.current = 0
      search = state
    }
  }

  /// Focus goes back one pane: side → reading → list.
  mutating func back() {
    switch focus {
    case .side: focus = .reading
    case .reading: focus = .list
    case .list: break
    }
  }

  /// Focus moves through the visible panes (through all three when one shows at a time).
  mutating func cycleFocus(by step: Int) {
    let layout = self.layout
    let order = layout.panes.count > 1 ? layout.panes.map(\.pane) : Pane.allCases
    let index = order.firstIndex(of: focus) ?? 0
    focus = order[(index + step + order.count) % order.count]
  }

  /// Shows or hides the side pane; one pane at a time, switches to it and back.
  mutating func toggleSide() {
    let layout = self.layout
    if layout.panes.count == 1 {
      focus = focus == .side ? .reading : .side
      return
    }
    let shown = layout.rect(for: .side) != nil
    sideChoice = !shown
    if shown, focus == .side { focus = .reading }
  }

  /// Re-lays out for a new size; `update` keeps the reading position.
  mutating func resize(width newWidth: Int, height newHeight: Int) {
    width = max(0, newWidth)
    height = max(0, newHeight)
  }

  /// Keeps the first line read at the top when the text is wrapped to another width (a resize,
  /// the focus moving to a pane that takes another share of the screen, the zoom).
  mutating func keepReadingPosition(of previous: Model) {
    let oldWidth = previous.readingWrapWidth
    guard oldWidth != readingWrapWidth, previous.selectedSummary?.id == selectedSummary?.id,
      previous.currentRelease?.id == currentRelease?.id
    else { return }
    let oldLines = previous.document.lines(width: oldWidth)
    guard oldLines.indices.contains(readingTop) else { return }
    let anchor = oldLines[readingTop]
    readingTop = document.lines(width: readingWrapWidth)
      .index(ofBlock: anchor.block, glyph: anchor.glyphs.lowerBound)
  }

  private func clampedAdd(_ value: Int, _ delta: Int) -> Int {
    let (sum, overflow) = value.addingReportingOverflow(delta)
    return overflow ? (delta > 0 ? Int.max / 2 : 0) : max(0, sum)
  }
}
