import CommuniqueCore
import GRDB

extension ReleaseIndex {
  /// Matches beyond this number are not all ranked: bm25 runs on the most recently indexed
  /// `rankingCap` matches only; past `countCap` matches, ranking is by prominence and recency
  /// (see `newestFirst`). This keeps a word found in half of a large library fast.
  static let rankingCap = 500
  /// Matches are counted up to this number (counting is linear in the matches, and a phrase
  /// of common words costs its positions in every one).
  public static let countCap = 2_000

  /// The releases matching `text` (see `SearchQuery`), best first, at most `limit`.
  public func search(_ text: String, limit: Int = 20) throws -> SearchResults {
    let query = SearchQuery(text)
    let stemmer = FrenchStemmer()
    let highlights = query.highlights(stemmer: stemmer)
    let table = IndexSchema.fullTextTable
    let weights = IndexedText.columns.map { String($0.weight) }.joined(separator: ", ")
    return try writer.read { db in
      let expression = try query.matchExpression(stemmer: stemmer) { prefix in
        try Vocabulary.expansions(of: prefix, in: db)
      }
      guard let expression, limit > 0 else {
        return SearchResults(query: text, total: 0, hits: [], highlights: highlights)
      }
      let newest = try Int64.fetchAll(
        db,
        sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT ?",
        arguments: [expression, Self.countCap + 1])
      let total = min(newest.count, Self.countCap)
      let ranked: [(rowid: Int64, score: Double)]
      if newest.count > Self.countCap {
        let prominent = try query.prominentExpression(stemmer: stemmer) { prefix in
          try Vocabulary.expansions(of: prefix, in: db)
        }
        ranked = try Self.newestFirst(
          prominent: prominent ?? expression, then: newest, limit: limit, in: db)
      } else {
        let floor = total > Self.rankingCap ? newest[Self.rankingCap - 1] : 0
        ranked = try Row.fetchAll(
          db,
          sql: """
            SELECT rowid, bm25(\(table), \(weights)) AS score FROM \(table) \
            WHERE \(table) MATCH ? AND rowid >= ? ORDER BY score LIMIT ?
            """, arguments: [expression, floor, limit]
        ).map { ($0["rowid"], $0["score"]) }
      }
      let statement = try db.cachedStatement(
        sql: "SELECT releaseID, path, title, place, text FROM release WHERE rowid = ?")
      let hits = try ranked.compactMap { rowid, score -> SearchHit? in
        guard let record = try Row.fetchOne(statement, arguments: [rowid]) else { return nil }
        return SearchHit(
          releaseID: record["releaseID"], path: record["path"], title: record["title"],
          place: record["place"],
          snippet: Snippet.make(text: record["text"], needles: highlights), score: score)
      }
      return SearchResults(
        query: text, total: total, isTotalCapped: newest.count > Self.countCap, hits: hits,
        highlights: highlights)
    }
  }

  /// The ranking of a query found in most of the library, where bm25 cannot tell releases
  /// apart (its IDF is nearly zero) and would cost position checks in every one: the newest
  /// releases naming the query in their title, organisations or people, then the newest
  /// others. Their score is 0.
  private static func newestFirst(
    prominent: String, then newest: [Int64], limit: Int, in db: Database
  ) throws -> [(rowid: Int64, score: Double)] {
    let table = IndexSchema.fullTextTable
    let first = try Int64.fetchAll(
      db, sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT ?",
      arguments: [prominent, limit])
    let seen = Set(first)
    let rest = newest.lazy.filter { !seen.contains($0) }.prefix(max(0, limit - first.count))
    return (first + rest).map { ($0, 0) }
  }
}
