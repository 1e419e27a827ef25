import ArgumentParser
import CommuniqueCore
import CommuniqueIndex

/// The releases a directory command works on: the whole library, or one with `--release`.
struct DirectoryOptions: ParsableArguments {
  @OptionGroup var library: LibraryOptions

  @Option(name: .long, help: "Seulement ce communiqué (identifiant ou début d’identifiant).")
  var release: String?

  /// The directory of the selected releases, from the library's index, with `part` gathered
  /// (the other list may be left empty).
  func directory(_ part: DirectoryPart) throws -> LibraryDirectory {
    let index = try library.refreshedLibrary()
    guard let release else { return try index.directory(of: [part]) }
    return LibraryDirectory(releases: [try library.release(withID: release, in: index)])
  }
}
