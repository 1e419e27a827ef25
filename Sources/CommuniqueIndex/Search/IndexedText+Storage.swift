import GRDB

extension IndexedText {
  /// Adds these values to the contentless full-text table as row `rowid`, or removes them
  /// (FTS5's `'delete'` command takes the same values the row was indexed with).
  func write(rowid: Int64, delete: Bool, in db: Database) throws {
    let table = IndexSchema.fullTextTable
    let columns = Self.columns.map(\.name).joined(separator: ", ")
    let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
    let command = delete ? "\(table), " : ""
    let value = delete ? "'delete', " : ""
    let statement = try db.cachedStatement(
      sql: "INSERT INTO \(table)(\(command)rowid, \(columns)) VALUES (\(value)?, \(marks))")
    try statement.execute(
      arguments: StatementArguments([rowid] as [any DatabaseValueConvertible])
        + StatementArguments(values))
  }
}
