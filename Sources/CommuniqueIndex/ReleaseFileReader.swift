import CommuniqueCore
import Foundation
import Synchronization

/// The one place that reads release files: reading the bytes (telling a folder, a broken or
/// looping link, an unreadable file apart), decoding them (telling binary and empty files
/// apart), learning a folder's boilerplate, and parsing. The index and the direct parse of
/// files given on the command line both read through it, with the same messages.
public enum ReleaseFileReader {
  /// Files decoded to learn a folder's boilerplate lines.
  static let boilerplateSample = 2_000

  /// Parses the given files, in order, after learning their boilerplate from them (three files
  /// or more); a file that cannot be used is named in `problems` and does not stop the others.
  public static func parse(files: [String]) -> ParsedFiles {
    let reads = files.parallelMap { path in
      Result { () throws(UnusableFile) in
        let bytes = try bytes(of: path)
        return (ContentHash.hex(of: bytes), try decode(bytes))
      }
    }
    var decoded: [(path: String, id: String, text: DecodedText)] = []
    var problems: [LibraryProblem] = []
    for (path, read) in zip(files, reads) {
      switch read {
      case .success(let (id, text)): decoded.append((path, id, text))
      case .failure(let error): problems.append(LibraryProblem(path: path, message: error.message))
      }
    }
    let boilerplate = learnBoilerplate(from: decoded.map(\.text.text))
    let releases = decoded.parallelMap { item in
      ReleaseParser.parse(
        decoded: item.text, id: item.id, sourcePath: item.path, knownBoilerplate: boilerplate)
    }
    return ParsedFiles(releases: releases, problems: problems)
  }

  /// The lines found in most of `texts` (the first `boilerplateSample` of them), or none for
  /// fewer than three: `BoilerplateLearner.frequentLines(in:)`, found faster (see `LineCensus`),
  /// as the index learns them.
  static func learnBoilerplate(from texts: [String]) -> Set<String> {
    let files = Array(texts.prefix(boilerplateSample)).parallelMap {
      LineCensus.linesLookedAt(in: $0)
    }
    return LineCensus(files: files).boilerplate
  }

  /// The boilerplate learnt from the files at `paths` (the first `boilerplateSample` of those
  /// that can be read as text): the lines of `learnBoilerplate(from:)` on their texts, each
  /// file read and let go in turn.
  public static func learnBoilerplate(fromFiles paths: [String]) -> Set<String> {
    learnBoilerplate(readingAhead: paths, budget: 0).boilerplate
  }

  /// The boilerplate of `learnBoilerplate(fromFiles:)`, and the files read to learn it (by
  /// index in `paths`, nil for those not kept): those that can be read as text, as long as
  /// their texts hold at most `budget` bytes in all, so that the first batches need not read
  /// them again while the memory they hold stays bounded (whichever fit, the index is the
  /// same).
  static func learnBoilerplate(readingAhead paths: [String], budget: Int) -> (
    boilerplate: Set<String>, files: [ReadAhead?]
  ) {
    let kept = Atomic<Int>(0)
    let files = Array(paths.prefix(boilerplateSample)).parallelMap(onOwnThreadsAt: 0) {
      path -> (lines: [LineKey], file: ReadAhead?)? in
      let stat = FileStat(path: path)
      guard let bytes = try? bytes(of: path), let decoded = try? decode(bytes) else { return nil }
      let lines = LineCensus.linesLookedAt(in: decoded.text)
      let size = decoded.text.utf8.count
      guard kept.add(size, ordering: .relaxed).newValue <= budget else { return (lines, nil) }
      return (lines, ReadAhead(stat: stat, hash: ContentHash.hex(of: bytes), decoded: decoded))
    }
    return (LineCensus(files: files.compactMap { $0?.lines }).boilerplate, files.map { $0?.file })
  }

  /// The text of `bytes`.
  /// - Throws: `UnusableFile` when they are binary or hold only white space.
  static func decode(_ bytes: [UInt8]) throws(UnusableFile) -> DecodedText {
    let decoded = TextDecoder.decode(bytes)
    if decoded.isBinary { throw .binary }
    if decoded.text.allSatisfy(\.isWhitespace) { throw .empty }
    return decoded
  }

  /// The bytes of the regular file at `path`.
  /// - Throws: `UnusableFile` saying why it cannot be read.
  static func bytes(of path: String) throws(UnusableFile) -> [UInt8] {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if path.unicodeScalars.contains("\u{FFFD}") {
        throw UnusableFile(message: "nom de fichier qui n’est pas en UTF-8 — renommez le fichier")
      }
      throw UnusableFile(
        message: errno == ELOOP
          ? "lien symbolique en boucle, ignoré — corrigez le lien"
          : "introuvable (ou lien symbolique cassé) — vérifiez le chemin")
    }
    let type = info.st_mode & S_IFMT
    if type != S_IFREG {
      throw UnusableFile(
        message: type == S_IFDIR
          ? "c’est un dossier, pas un fichier — indiquez un fichier .txt"
          : "pas un fichier ordinaire, ignoré")
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw UnusableFile(
        message: errno == ENOENT
          ? "introuvable — vérifiez le chemin"
          : "illisible (permission refusée ?) — vérifiez ses droits")
    }
    defer { close(descriptor) }
    return try readAll(descriptor, expecting: Int(info.st_size))
  }

  /// Everything `descriptor` holds, read straight into the array: one read for a file of the
  /// size `stat` gave, one more to see its end.
  private static func readAll(_ descriptor: Int32, expecting size: Int) throws(UnusableFile)
    -> [UInt8]
  {
    var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes += [UInt8](repeating: 0, count: max(4_096, count)) }
      let got = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        throw UnusableFile(message: "lecture impossible (\(String(cString: strerror(errno))))")
      }
      count += got
    }
    bytes.removeSubrange(count...)
    return bytes
  }
}
