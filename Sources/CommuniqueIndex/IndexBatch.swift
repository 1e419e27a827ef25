import CommuniqueCore

/// Reads (through `ReleaseFileReader`), hashes, parses and prepares the full-text columns of a
/// batch of files for the index, in parallel (one slice per core, each with its own stemmer).
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
    /// A release and its indexed text.
    case parsed(Release, IndexedText)
    /// No release (binary, empty or unreadable file).
    case problem
  }

  /// Processes `files`, in order.
  static func process(
    _ files: [FileStat], known: [String: FileRecord], boilerplate: Set<String>
  ) -> [Outcome] {
    files.parallelMap(
      context: { FrenchStemmer() },
      { file, stemmer in
        process(file, known: known[file.path], boilerplate: boilerplate, stemmer: stemmer)
      })
  }

  private static func process(
    _ file: FileStat, known: FileRecord?, boilerplate: Set<String>, stemmer: FrenchStemmer
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
      return Outcome(file: record, kind: .parsed(release, IndexedText(release, stemmer: stemmer)))
    } catch {
      record.problem = error.message
      return Outcome(file: record, kind: .problem)
    }
  }
}
