import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// The number of tokens of every row of the full-text table, by rowid, held in memory: bm25
/// needs each matching row's size, and FTS5 reads it from its `docsize` table with one lookup
/// per row, which is most of the cost of ranking a word found in most releases.
///
/// The sizes are read once and kept while the full-text index is unchanged: every write to
/// it changes its structure record (a new segment) and its averages record (rows, tokens), so
/// those two records, read in the same transaction as the sizes, say when they are stale.
struct RowSizes: Sendable {
  /// What the full-text index was when the sizes were read.
  let version: [Data]
  private let sizes: [UInt32]

  /// The size of the row, or nil when it is not known (then ask FTS5).
  subscript(rowid: Int64) -> UInt32? {
    guard rowid >= 0, rowid < sizes.count, sizes[Int(rowid)] > 0 else { return nil }
    return sizes[Int(rowid)]
  }

  /// Reads the size of every row, through SQLite's C interface (GRDB's rows cost several
  /// times more than the reading itself, on 100 000 rows).
  init(in db: Database, version: [Data]) throws {
    self.version = version
    let table = IndexSchema.fullTextTable
    let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM \(table)_docsize") ?? 0
    var sizes = [UInt32](repeating: 0, count: Int(last) + 1)
    let sql = "SELECT id, sz FROM \(table)_docsize"
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    var code = sqlite3_prepare_v2(db.sqliteConnection, sql, -1, &statement, nil)
    while code == SQLITE_OK || code == SQLITE_ROW {
      code = sqlite3_step(statement)
      guard code == SQLITE_ROW else { break }
      let id = sqlite3_column_int64(statement, 0)
      guard id >= 0, id <= last else { continue }
      let blob = sqlite3_column_blob(statement, 1)
      let count = Int(sqlite3_column_bytes(statement, 1))
      sizes[Int(id)] = Self.total(ofVarints: UnsafeRawBufferPointer(start: blob, count: count))
    }
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }
    self.sizes = sizes
  }

  /// The sum of the SQLite varints of a `docsize` record (one per column).
  static func total<Bytes: Sequence<UInt8>>(ofVarints bytes: Bytes) -> UInt32 {
    var total: UInt32 = 0
    var value: UInt64 = 0
    var length = 0
    for byte in bytes {
      length += 1
      if length == 9 {
        value = value << 8 | UInt64(byte)
      } else {
        value = value << 7 | UInt64(byte & 0x7F)
        if byte & 0x80 != 0 { continue }
      }
      total &+= UInt32(truncatingIfNeeded: value)
      value = 0
      length = 0
    }
    return total
  }

  /// The version of the full-text index as this transaction sees it.
  static func currentVersion(in db: Database) throws -> [Data] {
    let table = IndexSchema.fullTextTable
    return try Data.fetchAll(
      db, sql: "SELECT block FROM \(table)_data WHERE id IN (1, 10) ORDER BY id")
  }

  /// The sizes last read, kept for as long as the full-text index does not change.
  final class Cache: Sendable {
    private let kept = Mutex<RowSizes?>(nil)

    /// An empty cache.
    init() {}

    /// The sizes for the transaction of `db`: the kept ones when the index is unchanged,
    /// else read again (and kept).
    func sizes(in db: Database) throws -> RowSizes {
      let version = try RowSizes.currentVersion(in: db)
      if let sizes = kept.withLock({ $0 }), sizes.version == version { return sizes }
      let sizes = try RowSizes(in: db, version: version)
      kept.withLock { $0 = sizes }
      return sizes
    }
  }
}
