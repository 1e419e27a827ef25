import CommuniqueCore

/// A search across the whole library: while it lasts the list shows only the ranked results,
/// and the full library waits here to be restored.
///
/// Each key asks for a quick first pass; when that pass ranked only part of the matches, the
/// exact ranking is asked for once typing pauses (`typingPause`), or at once on Enter.
public struct LibrarySearch: Equatable, Sendable {
  /// How long typing must pause before the exact ranking is asked for.
  public static let typingPause: Duration = .milliseconds(150)

  /// The query, as typed.
  public var query: String
  /// Whether the query is still being typed.
  public var editing: Bool = true
  /// How many edits of the query so far: a pause is the pause after the last one.
  public var keystrokes = 0
  /// Whether the results shown are the true best of every match (not a first pass).
  public var isExact = true
  /// Whether the exact ranking of `query` was asked for and has not come yet.
  public var awaitsRanking = false
  /// Whether Enter was pressed before the exact ranking came: the best result opens then.
  public var opensWhenRanked = false
  /// How many releases match in all (the list shows the best of them), e.g. `12` or `2000+`.
  public var total: String = "0"
  /// The snippet shown under each result, by release id.
  public var snippets: [String: String] = [:]
  /// Folded words to highlight when a result is opened.
  public var highlights: [String] = []
  /// The full library, restored when the search ends.
  public var library: [ReleaseSummary]
  /// The id of the release selected before the search.
  public var previousSelection: String?

  /// Starts a search over `library`.
  public init(query: String = "", library: [ReleaseSummary], previousSelection: String?) {
    self.query = query
    self.library = library
    self.previousSelection = previousSelection
  }
}
