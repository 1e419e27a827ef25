import CommuniqueCore
import Foundation
import GRDB

/// The read and flagged marks in SQLite, in the state folder.
///
/// Opening never fails: a corrupt file is moved aside (never emptied) and a new one started,
/// an unwritable state folder gives marks kept in memory for the session; `warnings` says
/// what happened, in French. Each change is one transaction touching only its releases, and
/// concurrent writers wait for each other (WAL, busy timeout), so two readers on one library
/// lose no update.
public final class MarkDatabase: MarkStore {
  /// The database file, or nil when the marks live in memory.
  public let path: String?
  /// What went wrong while opening (one French line each).
  public let warnings: [String]
  private let writer: any DatabaseWriter

  /// Opens (or creates) the marks of `stateFolder` (by default the user's state folder, see
  /// `StateLocation`).
  public static func open(stateFolder: String? = nil) -> MarkDatabase {
    let folder =
      stateFolder ?? StateLocation.folder(environment: ProcessInfo.processInfo.environment)
    let path = StateLocation.marksDatabase(in: folder)
    let unsaved = "les marques lu et drapeau ne seront pas gardées après cette session"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      return MarkDatabase(path: path, writer: try openDatabase(at: path))
    } catch let error as DatabaseError where isCorruption(error) {
      let aside = path + ".corrompu-\(Int(Date().timeIntervalSince1970))"
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
      }
      let warning =
        "état de lecture corrompu, mis de côté (\(aside))\u{00A0}: marques repartant de zéro"
      guard let writer = try? openDatabase(at: path) else {
        return inMemory(warning: warning + "\u{00A0}; " + unsaved)
      }
      return MarkDatabase(path: path, writer: writer, warnings: [warning])
    } catch {
      return inMemory(
        warning:
          "dossier d’état impossible à écrire (\(folder))\u{00A0}: \(unsaved) — vérifiez ses droits"
      )
    }
  }

  /// Marks kept in memory only (tests, or when the state folder cannot be written).
  public static func inMemory(warning: String? = nil) -> MarkDatabase {
    let queue = try! DatabaseQueue()
    try! migrator.migrate(queue)
    return MarkDatabase(path: nil, writer: queue, warnings: warning.map { [$0] } ?? [])
  }

  private init(path: String?, writer: any DatabaseWriter, warnings: [String] = []) {
    self.path = path
    self.writer = writer
    self.warnings = warnings
  }

  /// Every mark kept.
  public func marks() throws -> ReleaseMarks {
    try writer.read { db in
      var marks = ReleaseMarks()
      let rows = try Row.fetchAll(db, sql: "SELECT releaseID, mark FROM releaseMark")
      for row in rows {
        guard let mark = ReleaseMark(rawValue: row["mark"]) else { continue }
        marks.set(mark, true, ids: [row["releaseID"] as String])
      }
      return marks
    }
  }

  /// Puts `mark` on the releases `ids` (`on`) or takes it off, in one transaction.
  public func set(_ mark: ReleaseMark, _ on: Bool, ids: [String]) throws {
    try writer.write { db in
      for id in ids {
        if on {
          try db.execute(
            sql: "INSERT OR IGNORE INTO releaseMark (releaseID, mark) VALUES (?, ?)",
            arguments: [id, mark.rawValue])
        } else {
          try db.execute(
            sql: "DELETE FROM releaseMark WHERE releaseID = ? AND mark = ?",
            arguments: [id, mark.rawValue])
        }
      }
    }
  }

  private static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("marks") { db in
      try db.create(table: "releaseMark") { table in
        table.column("releaseID", .text).notNull()
        table.column("mark", .text).notNull()
        table.primaryKey(["releaseID", "mark"])
      }
    }
    return migrator
  }

  private static func openDatabase(at path: String) throws -> DatabasePool {
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    let pool = try DatabasePool(path: path, configuration: configuration)
    try migrator.migrate(pool)
    try pool.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM releaseMark") }
    return pool
  }

  private static func isCorruption(_ error: DatabaseError) -> Bool {
    [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
  }
}
