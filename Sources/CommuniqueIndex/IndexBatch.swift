import CommuniqueCore
import Foundation
import Synchronization

/// Reads, hashes, parses and prepares the full-text columns of a batch of files, in parallel
/// (one slice per core, each with its own stemmer).
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
    let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
    let results = Mutex<[Outcome?]>(Array(repeating: nil, count: files.count))
    DispatchQueue.concurrentPerform(iterations: slices) { slice in
      let stemmer = FrenchStemmer()
      for index in stride(from: slice, to: files.count, by: slices) {
        let outcome = process(
          files[index], known: known[files[index].path], boilerplate: boilerplate,
          stemmer: stemmer)
        results.withLock { $0[index] = outcome }
      }
    }
    return results.withLock { $0.compactMap { $0 } }
  }

  private static func process(
    _ file: FileStat, known: FileRecord?, boilerplate: Set<String>, stemmer: FrenchStemmer
  ) -> Outcome {
    var record = FileRecord(
      path: file.path, size: file.size, modified: file.modified, hash: "", problem: nil)
    let bytes: [UInt8]
    do {
      bytes = try LibraryLoader.readFile(file.path)
    } catch {
      record.problem = error.message
      return Outcome(file: record, kind: .problem)
    }
    record.hash = ContentHash.hex(of: bytes)
    if let known, known.hash == record.hash, known.problem == nil {
      return Outcome(file: record, kind: .unchanged)
    }
    let decoded = TextDecoder.decode(bytes)
    if decoded.isBinary {
      record.problem = "fichier binaire (pas du texte), ignoré"
      return Outcome(file: record, kind: .problem)
    }
    if decoded.text.allSatisfy(\.isWhitespace) {
      record.problem = "fichier vide, ignoré"
      return Outcome(file: record, kind: .problem)
    }
    let release = ReleaseParser.parse(
      decoded: decoded, id: record.hash, sourcePath: file.path, knownBoilerplate: boilerplate)
    return Outcome(file: record, kind: .parsed(release, IndexedText(release, stemmer: stemmer)))
  }
}
