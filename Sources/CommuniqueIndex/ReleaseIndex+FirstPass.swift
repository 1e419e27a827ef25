import CommuniqueCore
import GRDB

extension ReleaseIndex {
  /// A first pass ranks with bm25 only the most recently indexed `rankingCap` matches.
  static let rankingCap = 500
  /// A first pass counts matches up to this number; past it, it orders them by prominence
  /// and recency (see `newestFirst`).
  public static let countCap = 2_000

  /// A quick first answer for a reader still typing, at most `limit` releases: the matches
  /// counted up to `countCap`, the newest `rankingCap` of them ranked by bm25, and past
  /// `countCap` matches the newest naming the query in their title, organisations or people
  /// first, with a score of 0. It is exact (`SearchResults.isExact`) when at most
  /// `rankingCap` releases match; `search` ranks every match.
  public func firstPassSearch(_ text: String, limit: Int) throws -> SearchResults {
    let stemmer = FrenchStemmer()
    let table = IndexSchema.fullTextTable
    let weights = IndexedText.columns.map { String($0.weight) }.joined(separator: ", ")
    return try search(text, limit: limit) { expression, query, db in
      let newest = try Int64.fetchAll(
        db,
        sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT ?",
        arguments: [expression, Self.countCap + 1])
      let total = min(newest.count, Self.countCap)
      guard newest.count <= Self.countCap else {
        let prominent = try query.prominentExpression(stemmer: stemmer) { prefix in
          try Vocabulary.expansions(of: prefix, in: db)
        }
        let rows = try Self.newestFirst(
          prominent: prominent ?? expression, then: newest, limit: limit, in: db)
        return RankedRows(rows: rows, total: total, isTotalCapped: true, isExact: false)
      }
      let floor = total > Self.rankingCap ? newest[Self.rankingCap - 1] : 0
      let rows: [(rowid: Int64, score: Double)] = try Row.fetchAll(
        db,
        sql: """
          SELECT rowid, bm25(\(table), \(weights)) AS score FROM \(table) \
          WHERE \(table) MATCH ? AND rowid >= ? ORDER BY score, rowid DESC LIMIT ?
          """, arguments: [expression, floor, limit]
      ).map { ($0["rowid"], $0["score"]) }
      return RankedRows(rows: rows, total: total, isExact: total <= Self.rankingCap)
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
