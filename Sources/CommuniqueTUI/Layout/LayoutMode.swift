/// How many panes the terminal's width allows.
public enum LayoutMode: Equatable, Sendable {
  /// 120 columns or more: list, reading and side pane.
  case wide
  /// 60 to 119 columns: two panes; `p` swaps the list for the side pane.
  case medium
  /// Under 60 columns: one pane at a time.
  case narrow

  /// The mode for a width.
  public init(width: Int) {
    switch width {
    case 120...: self = .wide
    case 60..<120: self = .medium
    default: self = .narrow
    }
  }

  /// Whether the side pane shows when the user has not chosen.
  public var showsSideByDefault: Bool { self == .wide }
}
