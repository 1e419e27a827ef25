/// What a key binding does.
public enum Action: Equatable, Hashable, Sendable {
  /// Next line or entry.
  case down
  /// Previous line or entry.
  case up
  /// Open the selected release in the reading pane.
  case open
  /// Back to the previous pane.
  case back
  /// Focus the next pane.
  case nextPane
  /// Focus the previous pane.
  case previousPane
  /// One page down.
  case pageDown
  /// One page up.
  case pageUp
  /// To the top.
  case top
  /// To the bottom.
  case bottom
  /// Start a search in the release.
  case search
  /// Next search match.
  case nextMatch
  /// Previous search match.
  case previousMatch
  /// Show or hide the side pane.
  case toggleSide
  /// Copy the selected side-pane entry.
  case copy
  /// Refresh the library's index from its folder.
  case refresh
  /// Copy the selected contact as a vCard.
  case copyCard
  /// Open the contacts directory of the whole library.
  case contactsDirectory
  /// Open the partners directory of the whole library.
  case partnersDirectory
  /// Show the key help.
  case help
  /// Close an overlay or cancel the search.
  case cancel
  /// Pipe the release's text to a shell command typed in the status line.
  case pipe
  /// Read the release's text in `$PAGER`.
  case pager
  /// Open a temporary copy of the release's text in `$EDITOR`.
  case editor
  /// Leave the reader.
  case quit
  /// Mark the selected release read, or unread when it is read.
  case toggleRead
  /// Mark every release of the list read, once confirmed.
  case markAllRead
  /// Select the next unread release.
  case nextUnread
  /// Select the previous unread release.
  case previousUnread
  /// Show only the unread releases, or every release again.
  case showUnread
  /// Flag the selected release, or take its flag off.
  case toggleFlag
  /// Show only the flagged releases, or every release again.
  case showFlagged
  /// Give the focused pane the whole screen, or give the others back their room.
  case zoom
  /// Order the list another way: library order, title, place.
  case cycleOrder
}
