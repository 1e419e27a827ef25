import CommuniqueCore
import Foundation
import GRDB
import Synchronization

extension ReleaseIndex {
  /// Files read, parsed and written in the first transaction: few, so that a reader started
  /// on a library without a cache lists its first releases within a fraction of a second.
  static let firstBatchSize = 32
  /// The most files read, parsed and written per transaction; batches double from the first
  /// one up to this size. Two batches can be held at once (one written while the next is
  /// parsed), so this bounds the memory of a first index: 1 000 gave a peak of 106–113 MB on
  /// 10 000 releases once parsing got faster than writing, 500 gave 76–78 MB in the same time;
  /// with pages of 16 KB and 4 MB of words held by FTS5, 500 gave 96 MB and 300 gave 77 MB,
  /// in the same time again. Parsing on threads of their own (`WorkerThreads`) took 300
  /// to 80–81 MB; 250 gives 76–80 MB, in the same time.
  static let batchSize = 250
  /// The most bytes of text kept from learning the boilerplate for the first batches (see
  /// `ReleaseFileReader.learnBoilerplate(readingAhead:budget:)`): about the first 700
  /// releases of the usual size, let go before batches reach their full size. With 32 MB
  /// (all 2 000 files learnt from), the peak of a first index of 10 000 releases rose from
  /// 73–76 MB to 80–81 MB, measured; with 4 MB it is 76–82 MB, as noisy as before.
  static let readAheadBudget = 4 * 1_024 * 1_024

  /// The ranges of the `count` candidates written per transaction, in order: a first small
  /// batch, then each twice the one before, up to `batchSize`.
  static func batches(of count: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var size = firstBatchSize
    while start < count {
      ranges.append(start..<min(start + size, count))
      start += size
      size = min(size * 2, batchSize)
    }
    return ranges
  }

  /// Brings the index up to date with the folder: new and changed files are parsed (in
  /// parallel), files whose size and date are unchanged are not read, files whose date moved
  /// but whose content hash is the same are not parsed, files gone are removed (and the
  /// organisations and contacts no release names any more). The folder's boilerplate is
  /// learnt (see `ReleaseFileReader`) when at least half of the library is read, and stored.
  /// Each batch is committed before `progress` hears of it, the first one small: a reader
  /// can list what is indexed so far.
  public func refresh(
    progress: @Sendable (RefreshProgress) -> Void = { _ in }
  ) throws -> RefreshReport {
    let paths = try LibraryFolder.releaseFiles(in: folder)
    var report = RefreshReport()
    report.files = paths.count
    let known = try writer.read { db in
      Dictionary(uniqueKeysWithValues: try FileRecord.fetchAll(db).map { ($0.path, $0) })
    }
    let candidates = known.isEmpty ? paths : changedFiles(among: paths, known: known)
    let present = known.isEmpty ? [] : Set(paths)
    let gone = known.keys.filter { !present.contains($0) }.sorted()
    if !gone.isEmpty {
      try writer.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          for path in gone { try deleteFile(path, in: db) }
          return .commit
        }
      }
      report.removed = gone.count
    }
    progress(RefreshProgress(done: 0, total: candidates.count))
    var (boilerplate, readAhead) = try boilerplate(
      learningFrom: candidates, libraryCount: paths.count)
    var words: Set<String> = []
    if !candidates.isEmpty {
      words = Set(
        try writer.read { db in
          try String.fetchAll(db, sql: "SELECT term FROM \(Vocabulary.table)")
        })
    }
    report = try writeBatches(
      of: candidates, readAhead: &readAhead, known: known, boilerplate: boilerplate,
      report: report, words: words, progress: progress)
    if report.changed + report.removed > 0 {
      try writer.write { db in try MentionRecord.deleteUnused(in: db) }
    }
    report.releases = try count()
    return report
  }

  /// The files among `paths` that are not in the index, or whose size or date changed (one
  /// `stat` each, on every core). A first index reads every file and skips this: the first
  /// releases are not kept waiting for the `stat` of every file of a large library.
  private func changedFiles(among paths: [String], known: [String: FileRecord]) -> [String] {
    paths.parallelMap { FileStat(path: $0) }.filter { stat in
      guard let record = known[stat.path] else { return true }
      return record.size != stat.size || record.modified != stat.modified
    }.map(\.path)
  }

  /// Parses the candidates batch by batch (see `batches(of:)`) and writes each batch while the
  /// next one is parsed: writing is serial, so it would otherwise leave the other cores idle.
  /// The first batch is parsed at the normal priority and written before the next is parsed,
  /// with nothing competing for the cores: it is what a reader waits for. The later ones are
  /// parsed below the writer's priority (`WorkerThreads`). The files of `readAhead` (by index in `candidates`)
  /// are not read again, and are let go once their batch is parsed (`readAhead` is taken in
  /// place: a copy would keep every text until the end).
  private func writeBatches(
    of candidates: [String], readAhead: inout [ReadAhead?], known: [String: FileRecord],
    boilerplate: Set<String>,
    report: RefreshReport, words: Set<String>, progress: @Sendable (RefreshProgress) -> Void
  ) throws -> RefreshReport {
    struct Written: Sendable {
      var report: RefreshReport
      var words: Set<String>
      var mentionIDs = MentionIDs()
      var done = 0
      var failure: (any Error)?
    }
    let written = Mutex(Written(report: report, words: words))
    let writing = DispatchQueue(label: "communique.index.write")
    let group = DispatchGroup()
    let forms = PerWorker { WordForms() }
    try withoutActuallyEscaping(progress) { progress in
      for range in Self.batches(of: candidates.count) {
        let batch = range.map { index -> IndexBatch.File in
          guard index < readAhead.count, let file = readAhead[index] else {
            return .unread(FileStat(path: candidates[index]))
          }
          readAhead[index] = nil
          return .read(file)
        }
        let outcomes = IndexBatch.process(
          batch, known: known, boilerplate: boilerplate, forms: forms,
          niceness: range.lowerBound == 0 ? 0 : WorkerThreads.background)
        group.wait()
        if let failure = written.withLock({ $0.failure }) { throw failure }
        writing.async(group: group) {
          let done = written.withLock { state -> Int in
            do {
              try self.write(
                outcomes, into: &state.report, words: &state.words,
                mentionIDs: &state.mentionIDs)
              state.done += range.count
            } catch {
              state.failure = error
            }
            return state.done
          }
          progress(RefreshProgress(done: done, total: candidates.count))
        }
        if range.lowerBound == 0 { group.wait() }
      }
      group.wait()
    }
    return try written.withLock { state in
      if let failure = state.failure { throw failure }
      return state.report
    }
  }

  /// The boilerplate to parse `paths` with: the one stored, or learnt from `paths` (when they
  /// are most of the library) and stored, with the files read to learn it (see
  /// `ReleaseFileReader.learnBoilerplate(readingAhead:budget:)`).
  private func boilerplate(learningFrom paths: [String], libraryCount: Int) throws -> (
    lines: Set<String>, readAhead: [ReadAhead?]
  ) {
    let stored = try writer.read { db in
      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'boilerplate'")
    }
    let storedLines = stored.flatMap {
      try? JSONDecoder().decode([String].self, from: Data($0.utf8))
    }
    let learn = paths.count >= 3 && (storedLines == nil || paths.count * 2 >= libraryCount)
    guard learn else { return (Set(storedLines ?? []), []) }
    let (lines, readAhead) = ReleaseFileReader.learnBoilerplate(
      readingAhead: paths, budget: Self.readAheadBudget)
    let json = String(decoding: try JSONEncoder().encode(lines.sorted()), as: UTF8.self)
    try writer.write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('boilerplate', ?)", arguments: [json])
    }
    return (lines, readAhead)
  }

  private func write(
    _ outcomes: [IndexBatch.Outcome], into report: inout RefreshReport, words: inout Set<String>,
    mentionIDs: inout MentionIDs
  ) throws {
    try writer.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        for outcome in outcomes {
          switch outcome.kind {
          case .unchanged:
            try outcome.file.update(db)
            report.redated += 1
            continue
          case .parsed(let prepared):
            let isNew = try !outcome.file.isStored(in: db)
            // A release row needs its file's row (a foreign key): a new file has none to delete.
            if !isNew { try deleteRelease(at: outcome.file.path, in: db) }
            try outcome.file.upsert(into: db)
            try prepared.insert(into: db, words: &words, mentionIDs: &mentionIDs)
            if isNew { report.added += 1 } else { report.changed += 1 }
          case .problem:
            try deleteRelease(at: outcome.file.path, in: db)
            try outcome.file.upsert(into: db)
          }
          report.parsed.append(outcome.file.path)
        }
        return .commit
      }
    }
  }

  private func deleteFile(_ path: String, in db: Database) throws {
    try deleteRelease(at: path, in: db)
    _ = try FileRecord.deleteOne(db, key: path)
  }

  /// Deletes the release parsed from `path`, if any, and its words; one cached statement tells
  /// whether there is one, as for a new file there is not.
  private func deleteRelease(at path: String, in db: Database) throws {
    let stored = try db.cachedStatement(sql: "SELECT 1 FROM release WHERE path = ?")
    guard try Bool.fetchOne(stored, arguments: [path]) != nil,
      let old = try ReleaseRecord.filter(ReleaseRecord.Columns.path == path).fetchOne(db),
      let rowid = old.rowid
    else { return }
    if let release = try? old.release() {
      try IndexedText(release, forms: WordForms()).write(rowid: rowid, delete: true, in: db)
    }
    _ = try old.delete(db)
  }
}
