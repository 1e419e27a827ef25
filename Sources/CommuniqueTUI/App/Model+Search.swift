extension Model {
  /// Edits the query being typed: Enter runs it, Esc cancels, Backspace erases.
  mutating func edit(_ state: SearchState, with key: Key) {
    var state = state
    switch key {
    case .character(let character):
      state.query.append(character)
    case .backspace:
      if state.query.isEmpty {
        search = nil
        return
      }
      state.query.removeLast()
    case .escape:
      search = nil
      return
    case .enter:
      run(state.query)
      return
    default:
      return
    }
    search = state
  }

  /// Runs a query: finds its matches and shows the first one after the top of the pane.
  mutating func run(_ query: String) {
    guard !query.isEmpty else {
      search = nil
      return
    }
    let document = self.document
    let matches = document.matches(for: query)
    let lines = document.lines(width: readingWrapWidth)
    let first =
      matches.firstIndex {
        lines.index(ofBlock: $0.block, glyph: $0.glyphs.lowerBound) >= readingTop
      } ?? 0
    search = SearchState(query: query, editing: false, matches: matches, current: first)
    if focus == .list || layout.rect(for: .reading) == nil { focus = .reading }
    if matches.isEmpty {
      message = "Aucun résultat pour «\u{00A0}\(query)\u{00A0}»"
    } else {
      reveal(matches[first], in: lines)
    }
  }

  /// Moves to the next or previous match, wrapping around, and scrolls to it.
  mutating func stepMatch(by step: Int) {
    guard var state = search, !state.editing else {
      message = "Pas de recherche en cours\u{00A0}: tapez / pour chercher."
      return
    }
    guard !state.matches.isEmpty else {
      message = "Aucun résultat pour «\u{00A0}\(state.query)\u{00A0}»"
      return
    }
    let count = state.matches.count
    state.current = ((state.current + step) % count + count) % count
    search = state
    reveal(state.matches[state.current], in: document.lines(width: readingWrapWidth))
  }

  /// Scrolls the reading pane so that a match is visible, a third of the way down if it moves.
  mutating func reveal(_ match: SearchMatch, in lines: [DocumentLine]) {
    let line = lines.index(ofBlock: match.block, glyph: match.glyphs.lowerBound)
    let height = max(1, readingRect.height)
    if line < readingTop || line >= readingTop + height {
      readingTop = max(0, line - height / 3)
    }
  }
}
