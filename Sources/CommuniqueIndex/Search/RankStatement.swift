import GRDB
import GRDBSQLite

/// Runs a statement that calls `communique_rank` with a `RankFunction.Pass` bound as a
/// pointer (`sqlite3_bind_pointer`), which GRDB's statements cannot bind: through SQLite's C
/// interface, on GRDB's connection.
enum RankStatement {
  /// Runs `sql`, whose `?1` is the match expression and `?2` the pass, to its end.
  static func run(sql: String, expression: String, pass: RankFunction.Pass, in db: Database)
    throws
  {
    guard let connection = db.sqliteConnection else {
      throw DatabaseError(resultCode: .SQLITE_MISUSE)
    }
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    var code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
    try withExtendedLifetime(pass) {
      try expression.withCString { text in
        if code == SQLITE_OK { code = sqlite3_bind_text(statement, 1, text, -1, nil) }
        if code == SQLITE_OK {
          code = sqlite3_bind_pointer(
            statement, 2, Unmanaged.passUnretained(pass).toOpaque(),
            RankFunction.pointerTypeName, nil)
        }
        while code == SQLITE_OK || code == SQLITE_ROW { code = sqlite3_step(statement) }
        guard code == SQLITE_DONE else {
          throw DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
      }
    }
  }
}
