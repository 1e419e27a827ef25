import CommuniqueTestSupport
import Foundation
import GRDB
import Testing

@testable import CommuniqueIndex

/// How the cache stores what it holds: pages of 16 KB in a new cache, and a full-text table
/// that holds 4 MB of words in memory before writing a segment and merges its segments 16 at a
/// time (all of a level only at 64), in a new cache and in one made before the options were
/// set.
@Suite struct CacheStorageTests {
  private static func integer(_ sql: String, in path: String) throws -> Int? {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in try Int.fetchOne(db, sql: sql) }
  }

  /// The full-text table's option `key`, if set.
  private static func option(_ key: String, in path: String) throws -> Int? {
    try integer(
      "SELECT v FROM \(IndexSchema.fullTextTable)_config WHERE k = '\(key)'", in: path)
  }

  @Test func aNewCacheHasLargePagesAndALargeBuffer() throws {
    let temporary = try TemporaryFolder()
    let library = temporary.file("library")
    let cache = temporary.file("cache")
    try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
    try Data("Titre\n\nParis - Un texte.\n".utf8).write(
      to: URL(fileURLWithPath: (library as NSString).appendingPathComponent("a.txt")))
    let index = ReleaseIndex.open(folder: library, cacheFolder: cache)
    _ = try index.refresh()
    let path = try #require(index.databasePath)
    #expect(try Self.integer("PRAGMA page_size", in: path) == 16_384)
    #expect(try Self.option("hashsize", in: path) == 4 * 1_024 * 1_024)
    #expect(try Self.option("automerge", in: path) == 16)
    #expect(try Self.option("crisismerge", in: path) == 64)
  }

  @Test func aCacheFromBeforeTheOptionsGetsThemWhenOpened() throws {
    let temporary = try TemporaryFolder()
    let library = temporary.file("library")
    let cache = temporary.file("cache")
    for folder in [library, cache] {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    let path = CacheLocation.database(for: library, in: cache)
    let old = try DatabaseQueue(path: path)
    try IndexSchema.migrator.migrate(old, upTo: "v5: words folded by TextFolding (ß → ss, ﬁ → fi)")
    try old.close()
    #expect(try Self.option("hashsize", in: path) == nil)
    #expect(try Self.option("automerge", in: path) == nil)
    #expect(try Self.option("crisismerge", in: path) == nil)
    let index = ReleaseIndex.open(folder: library, cacheFolder: cache)
    #expect(index.warnings.isEmpty)
    #expect(try Self.option("hashsize", in: path) == 4 * 1_024 * 1_024)
    #expect(try Self.option("automerge", in: path) == 16)
    #expect(try Self.option("crisismerge", in: path) == 64)
  }
}
