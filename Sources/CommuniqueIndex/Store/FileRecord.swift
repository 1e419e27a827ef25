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
}
