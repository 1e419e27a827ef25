/// How many panes the terminal's width allows.
///
/// Chosen from screenshots at 80, 100, 120, 160 and 220 columns: the reading pane wants about
/// 78 columns and the list, when it has the focus, 66 (a 60-character title in full); three
/// panes need 150 columns for that, two need 100, and below that one pane at a time reads
/// better than two cramped ones.
public enum LayoutMode: Equatable, Sendable {
  /// 150 columns or more: list, reading and side pane.
  case wide
  /// 100 to 149 columns: two panes; `p` swaps the list for the side pane.
  case medium
  /// Under 100 columns: one pane at a time, newsboat style.
  case narrow

  /// The mode for a width.
  public init(width: Int) {
    switch width {
    case 150...: self = .wide
    case 100..<150: self = .medium
    default: self = .narrow
    }
  }

  /// Whether the side pane shows when the user has not chosen.
  public var showsSideByDefault: Bool { self == .wide }
}
