import Foundation

/// Watches a library folder and calls back, from a thread of its own, when files are added,
/// changed, renamed or removed there; a burst of changes (a scraper writing many files) gives
/// one call once the folder has been quiet for a moment.
///
/// On Linux it waits on inotify and costs nothing while nothing happens; elsewhere it looks at
/// the folder's date every two seconds (files added, renamed or removed).
public final class FolderWatcher: Sendable {
  /// The folder watched.
  public let folder: String
  private let onChange: @Sendable () -> Void

  /// Starts watching `folder`; `onChange` runs on the watcher's thread. Returns nil when the
  /// folder cannot be watched (the reader then relies on `r`).
  public init?(folder: String, onChange: @escaping @Sendable () -> Void) {
    self.folder = folder
    self.onChange = onChange
    guard let source = Platform.folderEvents(in: folder) else { return nil }
    Thread.detachNewThread { [self] in watch(source) }
  }

  private func watch(_ source: Platform.FolderEvents) {
    while source.waitForChange(timeout: nil) {
      while source.waitForChange(timeout: Self.quietSpell) {}
      onChange()
    }
  }

  /// How long the folder must stay quiet before a burst of changes is reported, in seconds.
  static let quietSpell = 0.3
}
