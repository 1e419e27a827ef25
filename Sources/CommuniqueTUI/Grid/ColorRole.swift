/// What a cell shows, so the terminal can pick a colour for it (or none under `NO_COLOR`).
public enum ColorRole: UInt8, CaseIterable, Sendable {
  /// Ordinary text in the terminal's own colours.
  case normal
  /// A release title.
  case title
  /// Quoted words.
  case quote
  /// Who said a quote, datelines and other secondary text.
  case secondary
  /// A search match.
  case match
  /// Pane borders.
  case border
  /// The selected row of the focused pane.
  case selection
  /// Section headings of the side pane and the help overlay.
  case heading
}
