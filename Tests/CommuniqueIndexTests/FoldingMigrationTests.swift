import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import GRDB
import Testing

@testable import CommuniqueIndex

/// A cache indexed before the one folding (`Straße` stored as `straße`) is indexed again when
/// opened, so that `strasse` finds it and deleting the release removes the words it stored.
@Suite struct FoldingMigrationTests {
  @Test func aCacheFromBeforeTheOneFoldingIsIndexedAgainWhenOpened() throws {
    let temporary = try TemporaryFolder()
    let library = temporary.file("library")
    try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
    let path = (library as NSString).appendingPathComponent("001_vienne.txt")
    let text = "Réunion à Vienne\n\nVienne - Lundi, réunion dans la Mariahilfer Straße.\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let release = ReleaseParser.parse(bytes: Array(text.utf8), sourcePath: path)
    let cache = temporary.file("cache")
    try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
    let old = try DatabaseQueue(path: CacheLocation.database(for: library, in: cache))
    try IndexSchema.migrator.migrate(
      old, upTo: "v4: summaries for the list, mentions for the directory")
    try old.write { db in
      try db.execute(
        sql: "INSERT INTO file(path, size, modified, hash) VALUES (?, 1, 1, ?)",
        arguments: [path, release.id])
      try db.execute(
        sql: "INSERT INTO release(path, releaseID, title, json, text) VALUES (?, ?, ?, ?, ?)",
        arguments: [
          path, release.id, release.fullTitle, try JSONEncoder().encode(release),
          "Vienne - Lundi, réunion dans la Mariahilfer Straße.",
        ])
      try db.execute(
        sql: """
          INSERT INTO releaseText(rowid, title, organisations, people, place, quotes, body) \
          VALUES (1, 'réunion à vienne', '', '', 'vienne', '', \
          'vienne lundi réunion dans la mariahilfer straße')
          """)
    }
    try old.close()
    let index = ReleaseIndex.open(folder: library, cacheFolder: cache)
    #expect(index.warnings.isEmpty)
    #expect(try index.search("strasse").hits.map(\.releaseID) == [release.id])
    #expect(try index.search("Straße").hits.map(\.releaseID) == [release.id])
    try FileManager.default.removeItem(atPath: path)
    _ = try index.refresh()
    #expect(try index.search("strasse").total == 0)
    #expect(try index.search("vienne").total == 0)
  }
}
