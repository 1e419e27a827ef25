import ArgumentParser
import CommuniqueCore

/// The releases a directory command works on: the whole library, or one with `--release`.
struct DirectoryOptions: ParsableArguments {
  @OptionGroup var library: LibraryOptions

  @Option(name: .long, help: "Seulement ce communiqué (identifiant ou début d’identifiant).")
  var release: String?

  /// The directory of the selected releases.
  func directory() throws -> LibraryDirectory {
    let releases = try library.load()
    guard let release else { return LibraryDirectory(releases: releases) }
    return LibraryDirectory(releases: [try library.release(withID: release, in: releases)])
  }
}
