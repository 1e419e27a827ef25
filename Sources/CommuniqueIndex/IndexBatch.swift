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

  /// Processes `files`, in order.
  static func process(
    _ files: [FileStat], known: [String: FileRecord], boilerplate: Set<String>
  ) -> [Outcome] {
    files.parallelMap(
      context: { WordForms() },
      { file, forms in
        process(file, known: known[file.path], boilerplate: boilerplate, forms: forms)
      })
  }

  private static func process(
    _ file: FileStat, known: FileRecord?, boilerplate: Set<String>, forms: WordForms
  ) -> Outcome {
    var record = FileRecord(
      path: file.path, size: file.size, modified: file.modified, hash: "", problem: nil)
    do throws(UnusableFile) {
      let bytes = try ReleaseFileReader.bytes(of: file.path)
      record.hash = ContentHash.hex(of: bytes)
      if let known, known.hash == record.hash, known.problem == nil {
        return Outcome(file: record, kind: .unchanged)
      }
      let decoded = try ReleaseFileReader.decode(bytes)
      let release = ReleaseParser.parse(
        decoded: decoded, id: record.hash, sourcePath: file.path, knownBoilerplate: boilerplate)
      return Outcome(file: record, kind: .parsed(PreparedRelease(release, forms: forms)))
    } catch {
      record.problem = error.message
      return Outcome(file: record, kind: .problem)
    }
  }
}
