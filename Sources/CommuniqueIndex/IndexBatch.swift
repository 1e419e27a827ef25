import CommuniqueCore

/// Reads (through `ReleaseFileReader`), hashes, parses and prepares what the index stores
/// (`PreparedRelease`) for a batch of files, in parallel (one slice per core, each with its own
/// `WordForms`).
enum IndexBatch {
  /// What became of one file.
  struct Outcome: Sendable {
    /// The file's new record.
    var file: FileRecord
    /// What to store.
    var kind: Kind
  }

  /// What to store for a file.
  enum Kind: Sendable {
    /// The content hash is the one cached: only the size and date are updated.
    case unchanged
    /// A release, ready to be written.
    case parsed(PreparedRelease)
    /// No release (binary, empty or unreadable file).
    case problem
  }

  /// A file of a batch: to be read, or read ahead already.
  enum File: Sendable {
    /// A file to read, with its size and date.
    case unread(FileStat)
    /// A file read ahead (see `ReleaseFileReader.learnBoilerplate(readingAhead:budget:)`).
    case read(ReadAhead)

    /// The file's size and date.
    var stat: FileStat {
      switch self {
      case .unread(let stat): stat
      case .read(let file): file.stat
      }
    }
  }

  /// Processes `files`, in order, with the `WordForms` of `forms` (one per worker, kept from
  /// batch to batch), on threads at `niceness` (see `WorkerThreads`).
  static func process(
    _ files: [File], known: [String: FileRecord], boilerplate: Set<String>,
    forms: PerWorker<WordForms>, niceness: Int32
  ) -> [Outcome] {
    files.parallelMap(onOwnThreadsAt: niceness, contexts: forms) { file, forms in
      process(file, known: known[file.stat.path], boilerplate: boilerplate, forms: forms)
    }
  }

  private static func process(
    _ file: File, known: FileRecord?, boilerplate: Set<String>, forms: WordForms
  ) -> Outcome {
    let stat = file.stat
    var record = FileRecord(
      path: stat.path, size: stat.size, modified: stat.modified, hash: "", problem: nil)
    do throws(UnusableFile) {
      var ahead: DecodedText?
      var bytes: [UInt8] = []
      switch file {
      case .read(let file):
        record.hash = file.hash
        ahead = file.decoded
      case .unread:
        bytes = try ReleaseFileReader.bytes(of: stat.path)
        record.hash = ContentHash.hex(of: bytes)
      }
      if let known, known.hash == record.hash, known.problem == nil {
        return Outcome(file: record, kind: .unchanged)
      }
      let decoded: DecodedText
      if let ahead { decoded = ahead } else { decoded = try ReleaseFileReader.decode(bytes) }
      let release = ReleaseParser.parse(
        decoded: decoded, id: record.hash, sourcePath: stat.path, knownBoilerplate: boilerplate)
      return Outcome(file: record, kind: .parsed(PreparedRelease(release, forms: forms)))
    } catch {
      record.problem = error.message
      return Outcome(file: record, kind: .problem)
    }
  }
}
