import CommuniqueCore
import Foundation
import Synchronization

/// Reads a folder (or a list of files) of releases into parsed `Release`s, in parallel,
/// learning the folder's boilerplate first. Never writes anything.
public enum LibraryLoader {
  /// Loads every `*.txt` file of `folder`, sorted by file name.
  public static func load(folder: String) throws(LibraryError) -> LibraryLoad {
    let files = try LibraryFolder.releaseFiles(in: folder)
    return load(files: files)
  }

  /// Loads the given files; problems with one file do not stop the others.
  public static func load(files: [String]) -> LibraryLoad {
    let reads = parallelMap(files) { path in
      Result { () throws(LibraryFileError) in
        let bytes = try readFile(path)
        let text = TextDecoder.decode(bytes)
        return (ContentHash.hex(of: bytes), text, BoilerplateLearner.candidateLines(of: text.text))
      }
    }
    var decoded: [(path: String, id: String, text: DecodedText)] = []
    var candidates: [Set<String>] = []
    var problems: [LibraryProblem] = []
    for (path, read) in zip(files, reads) {
      switch read {
      case .success(let (id, text, lines)):
        if text.isBinary {
          problems.append(
            LibraryProblem(path: path, message: "fichier binaire (pas du texte), ignoré"))
        } else if text.text.allSatisfy(\.isWhitespace) {
          problems.append(LibraryProblem(path: path, message: "fichier vide, ignoré"))
        } else {
          decoded.append((path, id, text))
          candidates.append(lines)
        }
      case .failure(let error):
        problems.append(LibraryProblem(path: path, message: error.message))
      }
    }
    let boilerplate = BoilerplateLearner.frequentLines(among: candidates)
    let releases = parallelMap(decoded) { item in
      ReleaseParser.parse(
        decoded: item.text, id: item.id, sourcePath: item.path, knownBoilerplate: boilerplate)
    }
    return LibraryLoad(releases: releases, problems: problems)
  }

  static func readFile(_ path: String) throws(LibraryFileError) -> [UInt8] {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if path.unicodeScalars.contains("\u{FFFD}") {
        throw LibraryFileError(message: "nom de fichier qui n’est pas en UTF-8 — renommez le fichier")
      }
      throw LibraryFileError(
        message: errno == ELOOP
          ? "lien symbolique en boucle, ignoré — corrigez le lien"
          : "introuvable (ou lien symbolique cassé) — vérifiez le chemin")
    }
    let type = info.st_mode & S_IFMT
    if type != S_IFREG {
      throw LibraryFileError(
        message: type == S_IFDIR
          ? "c’est un dossier, pas un fichier — indiquez un fichier .txt"
          : "pas un fichier ordinaire, ignoré")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw LibraryFileError(
        message: exists
          ? "illisible (permission refusée ?) — vérifiez ses droits"
          : "introuvable — vérifiez le chemin")
    }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.readToEnd() ?? Data())
    } catch {
      throw LibraryFileError(message: "lecture impossible (\(error.localizedDescription))")
    }
  }

  /// `transform` applied to every element, spread over the machine's cores, order kept.
  static func parallelMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let results = Mutex<[Result?]>(Array(repeating: nil, count: elements.count))
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
      let value = transform(elements[index])
      results.withLock { $0[index] = value }
    }
    return results.withLock { $0.map { $0! } }
  }
}

/// Why one file could not be read.
struct LibraryFileError: Error {
  let message: String
}
