extension ReadingDocument {
  /// Where a search state matches: its needles when it has some (a library search), otherwise
  /// its query; in reading order, overlapping matches dropped.
  public func matches(for state: SearchState) -> [SearchMatch] {
    guard !state.needles.isEmpty else { return matches(for: state.query) }
    let all = state.needles.flatMap { matches(for: $0) }.sorted {
      ($0.block, $0.glyphs.lowerBound) < ($1.block, $1.glyphs.lowerBound)
    }
    var kept: [SearchMatch] = []
    for match in all {
      if let last = kept.last, last.block == match.block,
        last.glyphs.upperBound > match.glyphs.lowerBound
      {
        continue
      }
      kept.append(match)
    }
    return kept
  }
}
