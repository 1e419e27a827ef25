import CommuniqueCore
import GRDB

extension ReleaseIndex {
  /// The releases matching `text` (see `SearchQuery`), best first, at most `limit`: every
  /// match is scored by bm25 with the columns' weights (`IndexedText.columns`) and counted,
  /// ties going to the newest release.
  public func search(_ text: String, limit: Int = 20) throws -> SearchResults {
    try search(text, limit: limit) { expression, _, db in
      let pass = try Self.rankEveryMatch(
        of: expression, limit: limit, sizes: try rowSizes.sizes(in: db), in: db)
      return RankedRows(
        rows: pass.best.ranked.map { ($0.rowid, $0.score) }, total: pass.best.count)
    }
  }

  /// The rows a ranking chose, best first, and what it knows of the matches.
  struct RankedRows {
    /// Each row with its score.
    var rows: [(rowid: Int64, score: Double)]
    /// How many releases match (at least, when `isTotalCapped`).
    var total: Int
    /// Whether counting stopped at `total`.
    var isTotalCapped = false
    /// Whether `rows` are the best of every match.
    var isExact = true
  }

  /// Parses `text`, ranks its matches with `rank` (given the match expression, the parsed
  /// query and the database) and reads the releases chosen, with their snippets.
  func search(
    _ text: String, limit: Int,
    rank: (String, SearchQuery, Database) throws -> RankedRows
  ) throws -> SearchResults {
    let query = SearchQuery(text)
    let stemmer = FrenchStemmer()
    let highlights = query.highlights(stemmer: stemmer)
    return try writer.read { db in
      let expression = try query.matchExpression(stemmer: stemmer) { prefix in
        try Vocabulary.expansions(of: prefix, in: db)
      }
      guard let expression, limit > 0 else {
        return SearchResults(query: text, total: 0, hits: [], highlights: highlights)
      }
      let ranked = try rank(expression, query, db)
      let statement = try db.cachedStatement(
        sql: "SELECT releaseID, path, title, place, text FROM release WHERE rowid = ?")
      let hits = try ranked.rows.compactMap { rowid, score -> SearchHit? in
        guard let record = try Row.fetchOne(statement, arguments: [rowid]) else { return nil }
        return SearchHit(
          releaseID: record["releaseID"], path: record["path"], title: record["title"],
          place: record["place"],
          snippet: Snippet.make(text: record["text"], needles: highlights), score: score)
      }
      return SearchResults(
        query: text, total: ranked.total, isTotalCapped: ranked.isTotalCapped,
        isExact: ranked.isExact, hits: hits, highlights: highlights)
    }
  }

  /// Scores every row matching `expression` in one statement (`RankFunction`) and keeps the
  /// best `limit`.
  static func rankEveryMatch(
    of expression: String, limit: Int, sizes: RowSizes?, in db: Database
  ) throws -> RankFunction.Pass {
    let pass = RankFunction.Pass(
      limit: limit, weights: IndexedText.columns.map(\.weight), sizes: sizes)
    let table = IndexSchema.fullTextTable
    try RankStatement.run(
      sql: """
        SELECT \(RankFunction.name)(\(table), ?2) FROM \(table) WHERE \(table) MATCH ?1
        """, expression: expression, pass: pass, in: db)
    return pass
  }
}
