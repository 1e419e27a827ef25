/// A search in the release being read: what is typed, and where it matches.
public struct SearchState: Equatable, Sendable {
  /// The words searched for, as typed.
  public var query: String
  /// Whether the query is still being typed.
  public var editing: Bool
  /// Where the query matches, in reading order.
  public var matches: [SearchMatch]
  /// Index of the current match in `matches`.
  public var current: Int
  /// Folded words to look for instead of the query itself (a library search's stems).
  public var needles: [String]
  /// Whether the matches wait for the release to be loaded, the first one to be shown then.
  public var awaitsRelease = false

  /// Creates a search state.
  public init(
    query: String = "", editing: Bool = true, matches: [SearchMatch] = [], current: Int = 0,
    needles: [String] = []
  ) {
    self.query = query
    self.editing = editing
    self.matches = matches
    self.current = current
    self.needles = needles
  }
}
