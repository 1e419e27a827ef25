extension Model {
  /// A click focuses the pane under the pointer and selects the row clicked; the wheel scrolls
  /// the pane under the pointer. The directory is keyboard-only.
  mutating func handle(_ event: MouseEvent) {
    guard directoryView == nil else { return }
    if overlay != nil {
      if event.kind == .press { overlay = nil }
      return
    }
    guard let frame = layout.pane(atColumn: event.column, row: event.row) else { return }
    let row = event.row - frame.content.y
    switch event.kind {
    case .press:
      focus = frame.pane
      switch frame.pane {
      case .list:
        let item = listTop + row / listRowsPerItem
        if summaries.indices.contains(item) { select(release: item) }
      case .side:
        if let entry = sideContent.entries.firstIndex(of: sideTop + row) { sideSelected = entry }
      case .reading:
        break
      }
    case .wheelUp, .wheelDown:
      let step = event.kind == .wheelUp ? -1 : 1
      let focused = focus
      focus = frame.pane
      move(by: frame.pane == .reading ? 3 * step : step)
      focus = focused
    }
  }
}
