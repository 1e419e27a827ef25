import CommuniqueIndex

extension LibraryOptions {
  /// Opens the folder's index and refreshes it, reporting cache warnings on standard error.
  func refreshedIndex() throws -> (ReleaseIndex, RefreshReport) {
    let index = ReleaseIndex.open(folder: folder)
    for warning in index.warnings { Diagnostics.warn(warning) }
    do {
      return (index, try index.refresh())
    } catch let error as LibraryError {
      throw CommandFailure(error.message)
    } catch {
      throw CommandFailure("index illisible : \(error)")
    }
  }
}
