/// The answer to a query: the total number of matching releases and the best ones, ranked.
public struct SearchResults: Equatable, Sendable {
  /// The query as typed.
  public var query: String
  /// How many releases match (counted up to a cap by a first pass, see `isExact`).
  public var total: Int
  /// Whether more releases than `total` match (the count stopped at the cap).
  public var isTotalCapped: Bool
  /// Whether `hits` are the true best matches of the whole library; false for a first pass
  /// that ranked only part of the matches (`Library.firstPassSearch`).
  public var isExact: Bool
  /// The best matches, best first.
  public var hits: [SearchHit]
  /// Folded stems of the query's required words, to highlight matches in a release.
  public var highlights: [String]

  /// Creates results.
  public init(
    query: String, total: Int, isTotalCapped: Bool = false, isExact: Bool = true,
    hits: [SearchHit], highlights: [String]
  ) {
    self.query = query
    self.total = total
    self.isTotalCapped = isTotalCapped
    self.isExact = isExact
    self.hits = hits
    self.highlights = highlights
  }
}

/// One release that matches a query.
public struct SearchHit: Equatable, Sendable {
  /// The release's id.
  public var releaseID: String
  /// The file it comes from.
  public var path: String
  /// Its full title.
  public var title: String
  /// Its dateline's place, if any.
  public var place: String?
  /// A line of text around the first match.
  public var snippet: String
  /// Its bm25 score (lower is better).
  public var score: Double

  /// The release as a list shows it.
  public var summary: ReleaseSummary {
    ReleaseSummary(id: releaseID, title: title, place: place)
  }

  /// Creates a hit.
  public init(
    releaseID: String, path: String, title: String, place: String?, snippet: String,
    score: Double
  ) {
    self.releaseID = releaseID
    self.path = path
    self.title = title
    self.place = place
    self.snippet = snippet
    self.score = score
  }
}
