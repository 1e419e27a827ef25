import CommuniqueCore
import Foundation
import GRDB

extension ReleaseIndex {
  /// The cached releases as the reader lists them, in file-name order: one read of the
  /// summary index, without decoding any release.
  /// - Parameter limit: at most this many, the first ones (a first screen reads a few pages
  ///   of the index instead of all of it).
  public func summaries(limit: Int? = nil) throws -> [ReleaseSummary] {
    var request = ReleaseRecord.select(
      ReleaseRecord.Columns.releaseID, ReleaseRecord.Columns.title, ReleaseRecord.Columns.place
    ).order(ReleaseRecord.Columns.path)
    if let limit { request = request.limit(limit) }
    return try writer.read { db in
      let rows = try Row.fetchCursor(db, request)
      var summaries: [ReleaseSummary] = []
      while let row = try rows.next() {
        summaries.append(ReleaseSummary(id: row[0], title: row[1], place: row[2]))
      }
      return summaries
    }
  }

  /// The cached release with this id (the first in file-name order, when two files hold the
  /// same text), or nil when there is none or it cannot be decoded.
  public func release(id: String) throws -> Release? {
    let blob = try writer.read { db in
      try Data.fetchOne(
        db,
        ReleaseRecord.select(ReleaseRecord.Columns.json)
          .filter(ReleaseRecord.Columns.releaseID == id).order(ReleaseRecord.Columns.path)
          .limit(1))
    }
    return blob.flatMap { try? JSONDecoder().decode(Release.self, from: $0) }
  }

  /// The directory of the whole library (see `directory(of:)`).
  public func directory() throws -> LibraryDirectory {
    try directory(of: [.partners, .contacts])
  }

  /// The directory of the whole library with only `parts` gathered, the other list empty
  /// (`communique partners` need not decode every contact), in file-name order, from the
  /// cached mentions: each distinct organisation and contact decoded once, then which releases
  /// name them, read as numbers. The releases are read from the summary index (SQLite would
  /// otherwise walk the path index and read every release's row).
  public func directory(of parts: Set<DirectoryPart>) throws -> LibraryDirectory {
    let kinds = Set(parts.map(MentionRecord.Kind.init))
    return try writer.read { db in
      let mentions = try MentionRecord.all(kinds, in: db)
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT r.rowid, r.releaseID, r.title, m.mention \
          FROM release AS r INDEXED BY \(IndexSchema.summaryIndex) \
          JOIN releaseMention AS m ON m.release = r.rowid ORDER BY r.path, m.position
          """)
      var builder = LibraryDirectory.Builder()
      var release: (rowid: Int64, mentions: ReleaseMentions)?
      while let row = try rows.next() {
        let rowid: Int64 = row[0]
        if release?.rowid != rowid {
          if let release { builder.add(release.mentions) }
          let reference = ReleaseReference(id: row[1], title: row[2])
          release = (rowid, ReleaseMentions(reference: reference, organisations: [], contacts: []))
        }
        switch mentions[row[3]] {
        case .organisation(let organisation): release?.mentions.organisations.append(organisation)
        case .contact(let contact): release?.mentions.contacts.append(contact)
        case nil: break
        }
      }
      if let release { builder.add(release.mentions) }
      return builder.build()
    }
  }
}
