import GRDB
import GRDBSQLite

/// An FTS5 auxiliary function, `communique_rank(releaseText, pass)`, that scores each matching
/// row by bm25 with the columns' weights (`BM25`) and offers it to the `RankFunction.Pass`
/// bound as its second argument, instead of handing the score back to SQL: the pass keeps the
/// best rows and counts them all, so one statement ranks every match without sorting them.
///
/// Each phrase's frequency is read from its own position list (FTS5's `bm25()` builds and
/// merges the instance list of every phrase first), each row's size comes from `RowSizes` in
/// memory (`bm25()` looks it up in the `docsize` table), and the IDFs are worked out once per
/// pass.
enum RankFunction {
  /// The function's SQL name.
  static let name = "communique_rank"
  /// The pointer type a pass is bound with (`sqlite3_bind_pointer`).
  static let pointerType: StaticString = "communique_rank_pass"
  /// `pointerType` as C reads it.
  static var pointerTypeName: UnsafePointer<CChar> {
    UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self)
  }

  /// Makes the function known to a connection.
  static func register(in db: Database) {
    let api = UnsafeMutablePointer(mutating: FTS5.api(db))
    _ = api.pointee.xCreateFunction(api, name, nil, rankRow, nil)
  }

  /// What one ranking statement gathers: the best matches, their count, and the query's
  /// bm25 constants (worked out at the first row).
  final class Pass {
    /// The best matches so far, and how many were seen.
    let best: BestMatches
    /// The weight of each column of the full-text table.
    let weights: [Double]
    /// The size of each row, when known (else FTS5 is asked).
    let sizes: RowSizes?
    /// The query's constants; nil until the first row.
    private(set) var bm25: BM25?
    private var frequencies: UnsafeMutableBufferPointer<Double>

    /// A pass keeping the best `limit` rows, with these column weights and row sizes.
    init(limit: Int, weights: [Double], sizes: RowSizes?) {
      best = BestMatches(limit: limit)
      self.weights = weights
      self.sizes = sizes
      frequencies = .allocate(capacity: 0)
    }

    deinit { frequencies.deallocate() }

    /// Scores the current row of `fts` and offers it.
    fileprivate func rank(_ api: Fts5ExtensionApi, _ fts: OpaquePointer) -> Int32 {
      if bm25 == nil {
        let code = prepare(api, fts)
        guard code == SQLITE_OK else { return code }
      }
      guard let bm25 else { return SQLITE_ERROR }
      if frequencies.count != bm25.idf.count {
        frequencies.deallocate()
        frequencies = .allocate(capacity: bm25.idf.count)
      }
      var iterator = Fts5PhraseIter()
      var column: Int32 = 0
      var offset: Int32 = 0
      for phrase in 0..<bm25.idf.count {
        var frequency = 0.0
        let code = api.xPhraseFirst(fts, Int32(phrase), &iterator, &column, &offset)
        guard code == SQLITE_OK else { return code }
        while column >= 0 {
          frequency += Int(column) < weights.count ? weights[Int(column)] : 1
          api.xPhraseNext(fts, &iterator, &column, &offset)
        }
        frequencies[phrase] = frequency
      }
      let rowid = api.xRowid(fts)
      var size: Double
      if let known = sizes?[rowid] {
        size = Double(known)
      } else {
        var counted: Int32 = 0
        let code = api.xColumnSize(fts, -1, &counted)
        guard code == SQLITE_OK else { return code }
        size = Double(counted)
      }
      best.offer(.init(rowid: rowid, score: bm25.score(frequencies: frequencies, size: size)))
      return SQLITE_OK
    }

    /// Works out the query's constants as `bm25()` does: the row count and token total of the
    /// table, and the rows holding each phrase.
    private func prepare(_ api: Fts5ExtensionApi, _ fts: OpaquePointer) -> Int32 {
      var rows: Int64 = 0
      var tokens: Int64 = 0
      var code = api.xRowCount(fts, &rows)
      if code == SQLITE_OK { code = api.xColumnTotalSize(fts, -1, &tokens) }
      var hits: [Int64] = []
      for phrase in 0..<api.xPhraseCount(fts) where code == SQLITE_OK {
        var hit: Int64 = 0
        code = api.xQueryPhrase(fts, phrase, &hit, countHit)
        hits.append(hit)
      }
      if code == SQLITE_OK { bm25 = BM25(rows: rows, tokens: tokens, hits: hits) }
      return code
    }
  }
}

/// Counts one row for `xQueryPhrase`.
private func countHit(
  _ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ count: UnsafeMutableRawPointer?
) -> Int32 {
  count?.assumingMemoryBound(to: Int64.self).pointee += 1
  return SQLITE_OK
}

/// The body of `communique_rank`: the row goes to the pass bound as the second argument; the
/// SQL value is 0.
private func rankRow(
  _ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?,
  _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?
) {
  guard let api, let fts, let values, count == 1,
    let pointer = sqlite3_value_pointer(values[0], RankFunction.pointerTypeName)
  else {
    sqlite3_result_error(context, "\(RankFunction.name) sans passe de classement", -1)
    return
  }
  let pass = Unmanaged<RankFunction.Pass>.fromOpaque(pointer).takeUnretainedValue()
  let code = pass.rank(api.pointee, fts)
  if code == SQLITE_OK {
    sqlite3_result_int(context, 0)
  } else {
    sqlite3_result_error_code(context, code)
  }
}
