import CommuniqueCore
import Foundation
import GRDB

/// One parsed release in the cache: the `Release` as JSON, and what lists need without it.
struct ReleaseRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "release"

  /// The SQLite rowid, shared with the full-text table.
  var rowid: Int64?
  /// The file it was parsed from.
  var path: String
  /// The release's id (content hash).
  var releaseID: String
  /// The full title.
  var title: String
  /// The `Release`, JSON-encoded.
  var json: Data
  /// The body's paragraphs, one per line (for snippets, without decoding `json`).
  var text: String
  /// The dateline's place, if any (for the list, without decoding `json`).
  var place: String?

  /// The table's columns.
  enum Columns {
    static let path = Column(CodingKeys.path)
    static let releaseID = Column(CodingKeys.releaseID)
    static let title = Column(CodingKeys.title)
    static let place = Column(CodingKeys.place)
    static let json = Column(CodingKeys.json)
  }

  /// A record for `release`.
  init(_ release: Release) {
    rowid = nil
    path = release.sourcePath
    releaseID = release.id
    title = release.fullTitle
    json = ReleaseJSON.encode(release)
    text = Self.plainText(of: release)
    place = release.dateline?.place
  }

  /// The paragraphs of `release`, one per line.
  static func plainText(of release: Release) -> String {
    release.paragraphs.map(\.text).joined(separator: "\n")
  }

  /// The stored release.
  func release() throws -> Release {
    try JSONDecoder().decode(Release.self, from: json)
  }

  /// Inserts the record (its `rowid` left to SQLite) with one cached statement, and returns
  /// the new row's id: what `insert` does, without building the statement for every release.
  func insertRow(into db: Database) throws -> Int64 {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO release(path, releaseID, title, json, text, place) VALUES (?, ?, ?, ?, ?, ?)
        """)
    try statement.execute(arguments: [path, releaseID, title, json, text, place])
    return db.lastInsertedRowID
  }

  mutating func didInsert(_ inserted: InsertionSuccess) {
    rowid = inserted.rowID
  }
}
