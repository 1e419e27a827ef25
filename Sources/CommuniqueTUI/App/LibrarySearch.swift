import CommuniqueCore

/// A search across the whole library: while it lasts the list shows only the ranked results,
/// and the full library waits here to be restored.
public struct LibrarySearch: Equatable, Sendable {
  /// The query, as typed.
  public var query: String
  /// Whether the query is still being typed.
  public var editing: Bool = true
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
