import CommuniqueTestSupport
import Foundation
import GRDB
import Testing

@testable import CommuniqueIndex

/// The full-text table holds 4 MB of words in memory before writing a segment, in a new cache
/// and in one made before the option was set.
@Suite struct FullTextBufferTests {
  private static func bufferSize(in path: String) throws -> Int? {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in
      try Int.fetchOne(
        db, sql: "SELECT v FROM \(IndexSchema.fullTextTable)_config WHERE k = 'hashsize'")
    }
  }

  @Test func aCacheFromBeforeTheOptionGetsItWhenOpened() throws {
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
    #expect(try Self.bufferSize(in: path) == nil)
    let index = ReleaseIndex.open(folder: library, cacheFolder: cache)
    #expect(index.warnings.isEmpty)
    #expect(try Self.bufferSize(in: path) == 4 * 1_024 * 1_024)
  }
}
