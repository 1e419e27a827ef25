import CommuniqueCore
import CommuniqueIndex

extension LibraryOptions {
  /// Opens the folder's index and refreshes it, reporting cache warnings and unusable files
  /// on standard error: the one way every library command reads the folder.
  func refreshedIndex() throws -> (ReleaseIndex, RefreshReport) {
    do throws(LibraryError) {
      try LibraryFolder.validate(folder)
    } catch {
      throw CommandFailure(error.message)
    }
    let index = ReleaseIndex.open(folder: folder)
    for warning in index.warnings { Diagnostics.warn(warning) }
    let report: RefreshReport
    do {
      report = try index.refresh()
    } catch let error as LibraryError {
      throw CommandFailure(error.message)
    } catch {
      throw CommandFailure("index illisible\u{00A0}: \(error)")
    }
    Diagnostics.report(try index.problems())
    return (index, report)
  }

  /// The folder's library, refreshed (see `refreshedIndex`).
  func refreshedLibrary() throws -> ReleaseIndex {
    try refreshedIndex().0
  }
}
