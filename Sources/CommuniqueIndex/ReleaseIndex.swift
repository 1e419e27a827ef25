import CommuniqueCore
import Foundation
import GRDB

/// A library folder's persistent index: the parsed releases cached in SQLite with a full-text
/// index over them, refreshed incrementally from the folder.
///
/// Opening never fails: a corrupt cache is moved aside and rebuilt, an unwritable cache folder
/// gives an in-memory index; `warnings` says what happened, in French. It is the `Library`
/// every command and the reader read.
public final class ReleaseIndex: Library {
  /// The library folder, as an absolute path: the index is one per folder, however it is
  /// named (`Content`, `./Content`, `/home/…/Content`), and its files' paths start with it.
  public let folder: String
  /// The database file, or nil when the index lives in memory.
  public let databasePath: String?
  /// What went wrong with the cache while opening (one French line each).
  public let warnings: [String]
  let writer: any DatabaseWriter
  /// Each full-text row's size, for the exact search (`RowSizes`).
  let rowSizes = RowSizes.Cache()

  /// Opens (or creates) the index of `folder` in `cacheFolder` (by default the user's cache
  /// folder, see `CacheLocation`).
  public static func open(folder: String, cacheFolder: String? = nil) -> ReleaseIndex {
    let cache =
      cacheFolder ?? CacheLocation.folder(environment: ProcessInfo.processInfo.environment)
    let path = CacheLocation.database(for: folder, in: cache)
    do {
      try FileManager.default.createDirectory(
        atPath: cache, withIntermediateDirectories: true)
    } catch {
      return inMemory(
        folder: folder, warning: "cache impossible à créer (\(cache))\u{00A0}: index en mémoire")
    }
    do {
      return ReleaseIndex(folder: folder, path: path, writer: try openDatabase(at: path))
    } catch let error as DatabaseError where isCorruption(error) {
      let aside = path + ".corrompu-\(Int(Date().timeIntervalSince1970))"
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
      }
      let warning = "cache corrompu, mis de côté (\(aside)) et reconstruit"
      do {
        return ReleaseIndex(
          folder: folder, path: path, writer: try openDatabase(at: path), warnings: [warning])
      } catch {
        return inMemory(folder: folder, warning: warning + "\u{00A0}: échec, index en mémoire")
      }
    } catch {
      return inMemory(
        folder: folder, warning: "cache inutilisable (\(path))\u{00A0}: index en mémoire")
    }
  }

  /// An index kept in memory only (tests, or when the cache cannot be written).
  public static func inMemory(folder: String, warning: String? = nil) -> ReleaseIndex {
    let queue = try! DatabaseQueue(configuration: configuration)
    try! IndexSchema.migrator.migrate(queue)
    return ReleaseIndex(
      folder: folder, path: nil, writer: queue, warnings: warning.map { [$0] } ?? [])
  }

  private init(
    folder: String, path: String?, writer: any DatabaseWriter, warnings: [String] = []
  ) {
    self.folder = URL(fileURLWithPath: folder).standardizedFileURL.path
    self.databasePath = path
    self.writer = writer
    self.warnings = warnings
  }

  /// The page size of a new cache, in bytes.
  static let pageSize = 16_384

  private static var configuration: Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    configuration.prepareDatabase { db in
      RankFunction.register(in: db)
      // A cache: in WAL mode, NORMAL never corrupts it, and a commit lost to a power cut is
      // parsed again at the next refresh. FULL waited for the disk at every batch's commit.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // Pages of 16 KB for a new cache (an existing one keeps its own): a release's row (its
      // JSON and text, 15 KB on average) fits in one or two pages instead of a chain of four,
      // and a first index of 1 000 files makes 6 300 writes and 2 300 reads instead of
      // 27 400 and 13 800.
      try db.execute(sql: "PRAGMA page_size = \(pageSize)")
    }
    return configuration
  }

  private static func openDatabase(at path: String) throws -> DatabasePool {
    let pool = try DatabasePool(path: path, configuration: configuration)
    try IndexSchema.migrator.migrate(pool)
    try pool.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM release") }
    return pool
  }

  private static func isCorruption(_ error: DatabaseError) -> Bool {
    [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
  }

  /// The number of releases in the index.
  public func count() throws -> Int {
    try writer.read { db in try ReleaseRecord.fetchCount(db) }
  }

  /// The files the cache knows to be unusable, with why.
  public func problems() throws -> [LibraryProblem] {
    try writer.read { db in
      try FileRecord.filter(FileRecord.Columns.problem != nil)
        .order(FileRecord.Columns.path).fetchAll(db)
        .map { LibraryProblem(path: $0.path, message: $0.problem ?? "") }
    }
  }
}
