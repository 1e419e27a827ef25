import GRDB
import Testing

@testable import CommuniqueIndex

/// `RowsInsert` stores every row given, in order, whatever their count (none, fewer than a
/// statement holds, a full statement, several statements and a remainder), and `OR IGNORE`
/// keeps skipping a row that conflicts.
@Suite struct RowsInsertTests {
  private static func table() throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE pair(a INTEGER PRIMARY KEY, b TEXT NOT NULL)")
    }
    return queue
  }

  @Test(arguments: [
    0, 1, 2, RowsInsert.rowsPerStatement - 1, RowsInsert.rowsPerStatement,
    RowsInsert.rowsPerStatement + 1, 3 * RowsInsert.rowsPerStatement + 5,
  ])
  func everyRowIsStoredInOrder(count: Int) throws {
    let queue = try Self.table()
    let insert = RowsInsert("INSERT INTO pair(a, b)", columns: 2)
    try queue.write { db in
      try insert.execute((0..<count).flatMap { [$0, "mot \($0)"] }, in: db)
    }
    let rows = try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT a, b FROM pair ORDER BY a")
    }
    #expect(rows.map { $0["a"] as Int } == Array(0..<count))
    #expect(rows.map { $0["b"] as String } == (0..<count).map { "mot \($0)" })
  }

  @Test func orIgnoreSkipsTheRowsThatConflict() throws {
    let queue = try Self.table()
    let insert = RowsInsert("INSERT OR IGNORE INTO pair(a, b)", columns: 2)
    try queue.write { db in
      try insert.execute([1, "un", 2, "deux"], in: db)
      try insert.execute([2, "autre", 3, "trois", 1, "encore"], in: db)
    }
    let values = try queue.read { db in
      try String.fetchAll(db, sql: "SELECT b FROM pair ORDER BY a")
    }
    #expect(values == ["un", "deux", "trois"])
  }

  @Test func aStatementThatFailsThrows() throws {
    let queue = try Self.table()
    let insert = RowsInsert("INSERT INTO pair(a, b)", columns: 2)
    #expect(throws: DatabaseError.self) {
      try queue.write { db in try insert.execute([1, "un", 1, "deux"], in: db) }
    }
  }
}
