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
  /// Who said a quote, under the paragraph that ends it.
  case speaker
  /// An organisation: a partner in the side pane, a name in the text.
  case organisation
  /// A person: in the side pane and in the text.
  case person
  /// A press contact in the side pane: name, phones, e-mails.
  case contact
  /// The status line's text.
  case status
}
