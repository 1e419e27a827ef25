/// Which releases the list shows.
public enum ListFilter: Equatable, Sendable {
  /// Every release.
  case all
  /// Only the releases not read yet.
  case unread
  /// Only the flagged releases.
  case flagged
}
