import GRDB

/// Inserts rows into a table with one statement for many rows (`INSERT … VALUES (…), (…)`):
/// each execution of a statement has a cost of its own (its arguments checked and bound, its
/// program started and ended) that a statement per row paid again for every row.
///
/// Only for inserts that cannot fail halfway (`OR IGNORE`, no foreign key): SQLite gives a
/// statement of many rows that may abort a savepoint, and at each savepoint FTS5 writes out
/// the words it holds in memory. The links of a release to its mentions (two foreign keys),
/// inserted this way, made every release a segment of its own: 1.80 → 3.47 G instructions
/// for the writing thread of a first index of 1 000 releases.
struct RowsInsert: Sendable {
  /// The most rows one statement inserts.
  static let rowsPerStatement = 64

  /// The statement's SQL for each count of rows, from one to `rowsPerStatement`.
  private let sql: [String]
  /// The number of columns of a row.
  let columns: Int

  /// Inserts of rows of `columns` values with `head` (`INSERT INTO t(a, b)`, or with
  /// `OR IGNORE`).
  init(_ head: String, columns: Int) {
    self.columns = columns
    let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
    sql = (1...Self.rowsPerStatement).map { count in
      head + " VALUES " + Array(repeating: row, count: count).joined(separator: ", ")
    }
  }

  /// Inserts `values`, `columns` of them a row, in order.
  func execute(_ values: [(any DatabaseValueConvertible)?], in db: Database) throws {
    let rows = values.count / columns
    var start = 0
    while start < rows {
      let count = min(Self.rowsPerStatement, rows - start)
      let statement = try db.cachedStatement(sql: sql[count - 1])
      try statement.execute(
        arguments: StatementArguments(values[start * columns..<(start + count) * columns]))
      start += count
    }
  }
}
