import Foundation

/// The release files of a library folder.
public enum LibraryFolder {
  /// Paths of the `*.txt` entries directly in `folder`, sorted by name: hidden files and
  /// folders are skipped; broken or looping links are kept, so that reading them reports them.
  public static func releaseFiles(in folder: String) throws(LibraryError) -> [String] {
    try validate(folder)
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw .unreadable(folder)
    }
    let paths = names.filter(isReleaseName).sorted()
      .map { (folder as NSString).appendingPathComponent($0) }
    let kept = paths.parallelMap { path in
      var info = stat()
      return stat(path, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR
    }
    return zip(paths, kept).filter(\.1).map(\.0)
  }

  /// Whether `folder` holds at most `limit` release files, told from the names alone (a
  /// folder named `*.txt` counts): without sorting them or reading what each one is.
  public static func holds(atMost limit: Int, releaseFilesIn folder: String) throws(LibraryError)
    -> Bool
  {
    try validate(folder)
    do {
      return try FileManager.default.contentsOfDirectory(atPath: folder)
        .count(where: isReleaseName) <= limit
    } catch {
      throw .unreadable(folder)
    }
  }

  /// Whether a name is that of a release file: `*.txt`, not hidden.
  private static func isReleaseName(_ name: String) -> Bool {
    !name.hasPrefix(".") && name.lowercased().hasSuffix(".txt")
  }

  /// Checks that `folder` exists and is a folder.
  public static func validate(_ folder: String) throws(LibraryError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw .folderMissing(folder)
    }
    guard isDirectory.boolValue else { throw .notAFolder(folder) }
  }
}

/// Why a library folder cannot be used.
public enum LibraryError: Error, Equatable, Sendable {
  /// The folder does not exist.
  case folderMissing(String)
  /// The path exists but is a file.
  case notAFolder(String)
  /// The folder cannot be listed.
  case unreadable(String)

  /// One line of French saying what and what to do.
  public var message: String {
    switch self {
    case .folderMissing(let path):
      "dossier introuvable\u{00A0}: \(path) — créez-le ou indiquez un autre dossier (--library)"
    case .notAFolder(let path):
      "\(path) n’est pas un dossier — indiquez le dossier des communiqués"
    case .unreadable(let path):
      "dossier illisible\u{00A0}: \(path) — vérifiez ses droits"
    }
  }
}
