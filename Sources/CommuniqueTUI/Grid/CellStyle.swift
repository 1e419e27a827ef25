/// How a cell is drawn: attributes plus a colour role.
public struct CellStyle: Equatable, Hashable, Sendable {
  /// Bold text.
  public var bold: Bool
  /// Underlined text.
  public var underline: Bool
  /// Foreground and background swapped.
  public var reverse: Bool
  /// Which colour the terminal should use, when colours are on.
  public var role: ColorRole

  /// Creates a style.
  public init(
    bold: Bool = false, underline: Bool = false, reverse: Bool = false, role: ColorRole = .normal
  ) {
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.role = role
  }

  /// Plain text.
  public static let plain = CellStyle()
  /// A release title: bold.
  public static let title = CellStyle(bold: true, role: .title)
  /// Quoted words: the quote colour and bold, so they stand out without colour too.
  public static let quote = CellStyle(bold: true, role: .quote)
  /// Secondary text such as the dateline and a quote's speaker.
  public static let secondary = CellStyle(role: .secondary)
  /// Who said a quote.
  public static let speaker = CellStyle(role: .speaker)
  /// The status line's text.
  public static let status = CellStyle(role: .status)
  /// A border.
  public static let border = CellStyle(role: .border)
  /// A section heading.
  public static let heading = CellStyle(bold: true, role: .heading)
  /// The selected row of the focused pane.
  public static let selection = CellStyle(reverse: true, role: .selection)
  /// The selected row of a pane without focus.
  public static let inactiveSelection = CellStyle(bold: true)

  /// This style with a search match drawn over it (reverse video).
  public func matched(current: Bool) -> CellStyle {
    CellStyle(bold: bold || current, underline: underline || current, reverse: true, role: .match)
  }
}
