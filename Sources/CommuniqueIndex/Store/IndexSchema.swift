import CommuniqueCore
import Foundation
import GRDB

/// The cache database's schema, as named migrations applied in order.
enum IndexSchema {
  /// The migrator that brings any cache database up to date.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: files, releases and the full-text index") { db in
      try db.create(table: "meta") { table in
        table.primaryKey("key", .text)
        table.column("value", .text).notNull()
      }
      try db.create(table: FileRecord.databaseTableName) { table in
        table.primaryKey("path", .text)
        table.column("size", .integer).notNull()
        table.column("modified", .double).notNull()
        table.column("hash", .text).notNull()
        table.column("problem", .text)
      }
      try db.create(table: ReleaseRecord.databaseTableName) { table in
        table.autoIncrementedPrimaryKey("rowid")
        table.column("path", .text).notNull().unique()
          .references(FileRecord.databaseTableName, onDelete: .cascade)
        table.column("releaseID", .text).notNull().indexed()
        table.column("title", .text).notNull()
        table.column("json", .blob).notNull()
      }
      let columns = IndexedText.columns.map(\.name).joined(separator: ", ")
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE \(fullTextTable) USING fts5(\(columns), content='', \
          tokenize='unicode61 remove_diacritics 2', prefix='2 3')
          """)
    }
    migrator.registerMigration("v2: plain text of each release, for snippets") { db in
      try db.alter(table: ReleaseRecord.databaseTableName) { table in
        table.add(column: "text", .text).notNull().defaults(to: "")
      }
      try fillText(db)
    }
    migrator.registerMigration("v3: vocabulary for prefix expansion") { db in
      try db.execute(
        sql: "CREATE TABLE \(Vocabulary.table)(term TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID")
      try db.execute(
        sql: "CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, \(fullTextTable), row)")
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO \(Vocabulary.table)(term) \
          SELECT term FROM temp.vocabulary WHERE term NOT GLOB '*[^ -~]*'
          """)
      try db.execute(sql: "DROP TABLE temp.vocabulary")
    }
    migrator.registerMigration("v4: summaries for the list, mentions for the directory") { db in
      try db.alter(table: ReleaseRecord.databaseTableName) { table in
        table.add(column: "place", .text)
      }
      try db.create(
        index: summaryIndex, on: ReleaseRecord.databaseTableName,
        columns: ["path", "releaseID", "title", "place"])
      try db.create(table: MentionRecord.databaseTableName) { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("kind", .text).notNull()
        table.column("json", .blob).notNull()
        table.uniqueKey(["kind", "json"])
      }
      try db.create(table: "releaseMention", options: .withoutRowID) { table in
        table.column("release", .integer).notNull()
          .references(ReleaseRecord.databaseTableName, onDelete: .cascade)
        table.column("position", .integer).notNull()
        table.column("mention", .integer).notNull().references(MentionRecord.databaseTableName)
        table.primaryKey(["release", "position"])
      }
      try fillSummariesAndMentions(db)
    }
    migrator.registerMigration("v5: words folded by TextFolding (ß → ss, ﬁ → fi)") { db in
      try refillFullText(db)
    }
    migrator.registerMigration("v6: words held in memory until 4 MB before FTS5 writes them") {
      db in
      // FTS5 writes its pending words as a new segment each time they pass 1 MB (its
      // default) and merges those segments later; with 4 MB a batch of releases goes out as
      // one segment, at its commit (−14 % instructions of the inserts, `BENCHMARKS.md`).
      try setFullTextOption("hashsize", to: fullTextBufferSize, in: db)
    }
    migrator.registerMigration("v7: segments of the full-text index merged 16 at a time") {
      db in
      // FTS5 merges its segments 4 at a time by default (`automerge`): every batch's segment
      // is rewritten again and again as the index grows. Sixteen at a time rewrites each
      // about half as often: −30 % of the processor time of FTS5's inserts for 30 000
      // releases, with the same time for queries (`BENCHMARKS.md`).
      try setFullTextOption("automerge", to: fullTextMergeWidth, in: db)
      // A level that reaches `crisismerge` segments is merged at once, in one commit; at its
      // default (16, the same as `automerge`) every such merge fell on one batch.
      try setFullTextOption("crisismerge", to: fullTextCrisisMerge, in: db)
    }
    return migrator
  }

  /// Sets FTS5's configuration option `name` of the full-text table, kept in the table.
  private static func setFullTextOption(_ name: String, to value: Int, in db: Database) throws {
    try db.execute(
      sql: "INSERT INTO \(fullTextTable)(\(fullTextTable), rank) VALUES (?, ?)",
      arguments: [name, value])
  }

  /// Indexes every cached release's words again, and the vocabulary with them.
  private static func refillFullText(_ db: Database) throws {
    try db.execute(sql: "INSERT INTO \(fullTextTable)(\(fullTextTable)) VALUES ('delete-all')")
    try db.execute(sql: "DELETE FROM \(Vocabulary.table)")
    let forms = WordForms()
    var words: Set<String> = []
    try forEachCachedRelease(in: db) { rowid, release in
      let text = IndexedText(release, forms: forms)
      try text.write(rowid: rowid, delete: false, in: db)
      try Vocabulary.add(text, known: &words, in: db)
    }
  }

  /// Fills the place and the mentions of releases cached before they existed.
  private static func fillSummariesAndMentions(_ db: Database) throws {
    var mentionIDs = MentionIDs()
    try forEachCachedRelease(in: db) { rowid, release in
      try db.execute(
        sql: "UPDATE release SET place = ? WHERE rowid = ?",
        arguments: [release.dateline?.place, rowid])
      try MentionRecord.store(
        MentionRecord.encoded(release), rowid: rowid, known: &mentionIDs, in: db)
    }
  }

  /// Fills the `text` column of releases cached before it existed.
  private static func fillText(_ db: Database) throws {
    try forEachCachedRelease(in: db) { rowid, release in
      try db.execute(
        sql: "UPDATE release SET text = ? WHERE rowid = ?",
        arguments: [ReleaseRecord.plainText(of: release), rowid])
    }
  }

  /// Calls `body` with every cached release that decodes, a slice of 2 000 rows at a time,
  /// each slice decoded on every core.
  private static func forEachCachedRelease(
    in db: Database, _ body: (Int64, Release) throws -> Void
  ) throws {
    var last: Int64 = 0
    while true {
      let rows = try Row.fetchAll(
        db, sql: "SELECT rowid, json FROM release WHERE rowid > ? ORDER BY rowid LIMIT 2000",
        arguments: [last])
      guard let final = rows.last else { return }
      let blobs: [(rowid: Int64, json: Data)] = rows.map { ($0["rowid"], $0["json"]) }
      let releases = blobs.parallelMap { blob in
        (blob.rowid, try? JSONDecoder().decode(Release.self, from: blob.json))
      }
      for case (let rowid, let release?) in releases { try body(rowid, release) }
      last = final["rowid"]
    }
  }

  /// The bytes of words FTS5 holds in memory before writing them to the table (the
  /// `hashsize` option).
  static let fullTextBufferSize = 4 * 1_024 * 1_024
  /// How many segments of one level FTS5 merges into one (its `automerge` option; 16 is the
  /// most it takes).
  static let fullTextMergeWidth = 16
  /// How many segments of one level make FTS5 merge them all in the commit at hand (its
  /// `crisismerge` option), well above `fullTextMergeWidth` so that merging stays spread over
  /// the commits.
  static let fullTextCrisisMerge = 64
  /// The contentless FTS5 table over `IndexedText`'s columns; its rowid is the release's.
  static let fullTextTable = "releaseText"
  /// The index that holds everything the list shows, in list order: listing the library reads
  /// it alone, never the releases' JSON.
  static let summaryIndex = "releaseSummary"
}
