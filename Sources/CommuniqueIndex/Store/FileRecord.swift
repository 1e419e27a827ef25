import GRDB

/// One file of the library as last seen: enough to tell, without reading it, that it has not
/// changed (size and modification time), and its content hash for when those moved.
struct FileRecord: Codable, FetchableRecord, PersistableRecord, Equatable {
  static let databaseTableName = "file"

  /// The file's path.
  var path: String
  /// Its size in bytes.
  var size: Int64
  /// Its modification time, in seconds since 1970.
  var modified: Double
  /// `ContentHash.hex` of its bytes.
  var hash: String
  /// Why it gave no release (binary, empty, unreadable), if it did not.
  var problem: String?

  /// The table's columns.
  enum Columns {
    static let path = Column(CodingKeys.path)
    static let problem = Column(CodingKeys.problem)
  }

  /// Whether the file has a row: one cached statement, without building a query per file.
  func isStored(in db: Database) throws -> Bool {
    let find = try db.cachedStatement(sql: "SELECT 1 FROM file WHERE path = ?")
    return try Bool.fetchOne(find, arguments: [path]) != nil
  }

  /// Stores the record, replacing the values of the row of the same path if there is one
  /// (what `save` does, in one cached statement; the row is updated, not deleted, so nothing
  /// that references it goes).
  func upsert(into db: Database) throws {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO file(path, size, modified, hash, problem) VALUES (?, ?, ?, ?, ?) \
        ON CONFLICT(path) DO UPDATE SET size = excluded.size, modified = excluded.modified, \
        hash = excluded.hash, problem = excluded.problem
        """)
    try statement.execute(arguments: [path, size, modified, hash, problem])
  }
}
