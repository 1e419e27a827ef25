import CommuniqueCore

/// The releases that match a query across the library, as the index ranked them.
public struct LibraryResults: Equatable, Sendable {
  /// The query as typed.
  public var query: String
  /// How many releases match in all (at least, when `isTotalCapped`).
  public var total: Int
  /// Whether the index stopped counting at `total`.
  public var isTotalCapped: Bool
  /// Whether `hits` are the true best of every match, not a first pass.
  public var isExact: Bool
  /// The best matches, best first: the release's summary and the snippet shown under it.
  public var hits: [Hit]
  /// Folded words to highlight in an opened result.
  public var highlights: [String]

  /// One ranked release.
  public struct Hit: Equatable, Sendable {
    /// The release, as the list shows it.
    public var summary: ReleaseSummary
    /// The line of text around the match.
    public var snippet: String

    /// Creates a hit.
    public init(summary: ReleaseSummary, snippet: String) {
      self.summary = summary
      self.snippet = snippet
    }
  }

  /// Creates results.
  public init(
    query: String, total: Int, isTotalCapped: Bool = false, isExact: Bool = true, hits: [Hit],
    highlights: [String]
  ) {
    self.query = query
    self.total = total
    self.isTotalCapped = isTotalCapped
    self.isExact = isExact
    self.hits = hits
    self.highlights = highlights
  }
}
