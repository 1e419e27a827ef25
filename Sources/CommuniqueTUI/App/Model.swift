import CommuniqueCore

/// Everything the reader shows and remembers; `update` turns one model into the next.
///
/// The list holds light summaries; only the selected release is held whole, once `update` has
/// asked for it (`.loadRelease`) and it has come back (`.releaseLoaded`). The library's
/// directory is asked for the first time it is opened, then kept until the library changes.
public struct Model: Equatable, Sendable {
  /// The releases the list shows, in list order (filtered and sorted, or search results).
  public var summaries: [ReleaseSummary]
  /// Every release of the library, in library order.
  public var allSummaries: [ReleaseSummary]
  /// The read and flagged releases.
  public var marks = ReleaseMarks()
  /// How many releases of the library are unread (kept up to date with `recount`).
  public internal(set) var unreadCount: Int = 0
  /// Which releases the list shows.
  public var filter: ListFilter = .all
  /// The order of the list.
  public var order: ListOrder = .library
  /// Whether the focused pane has the whole screen.
  public var zoomed = false
  /// The question the status line asks, while it waits for an answer.
  public var confirmation: Confirmation?
  /// Whether the folder changed while a refresh was running (one more refresh follows).
  var refreshQueued = false
  /// Releases listed for the first frame; a larger library's list is read right after it
  /// (100 000 summaries take 50 ms to read from memory, several times that from disk).
  public static let firstPageSize = 200

  /// Whether `summaries` is only the first page of a large library, the rest still being
  /// read (`.libraryListed` brings it).
  public var isListPartial = false
  /// The last release loaded; the reading pane shows it while it is the selected one.
  public var loadedRelease: Release?
  /// The id of the release asked for last, so that it is asked for once.
  var requestedReleaseID: String?
  /// The directory of the whole library, once loaded (nil again after a refresh).
  public var directory: LibraryDirectory?
  /// The directory list to open when the directory arrives, while it is being loaded.
  public var pendingDirectory: DirectoryState.Kind?
  /// Whether the directory has been asked for and has not come back yet.
  var directoryRequested = false
  /// The library folder, as given (for the empty state).
  public var libraryPath: String
  /// Terminal width in columns.
  public var width: Int
  /// Terminal height in rows.
  public var height: Int
  /// Index of the selected release (the one in the reading pane).
  public var selected: Int = 0
  /// First release row shown in the list pane.
  public var listTop: Int = 0
  /// The pane that receives keys.
  public var focus: Pane = .list
  /// First line shown in the reading pane.
  public var readingTop: Int = 0
  /// Index of the selected side-pane entry, among the selectable ones.
  public var sideSelected: Int = 0
  /// First side-pane row shown.
  public var sideTop: Int = 0
  /// Whether the user wants the side pane (nil: the default for the width).
  public var sideChoice: Bool?
  /// The search in the current release, if any.
  public var search: SearchState?
  /// The search across the whole library, if any.
  public var librarySearch: LibrarySearch?
  /// The background index refresh's progress, while it runs (nil when none runs).
  public var indexStatus: String?
  /// The library as it was when the running refresh first grew the list (nil when it has
  /// not): what the status line compares the refreshed library with.
  public var listBeforeRefresh: [ReleaseSummary]?
  /// Files of the folder that could not be read as releases, at the last refresh.
  public var unreadableFiles = 0
  /// The library-wide directory drawn over the panes, if open.
  public var directoryView: DirectoryState?
  /// The window drawn over the panes, if any.
  public var overlay: Overlay?
  /// First row of the help shown, when it is taller than the screen.
  public var helpTop: Int = 0
  /// A transient message for the status line.
  public var message: String?
  /// The key bindings.
  public var keyMap: KeyMap = .standard
  /// The shell command being typed after `|`, while the prompt is open.
  public var pipePrompt: String?
  /// The widest the reading pane's text may be, in columns (nil: `Model.measure`).
  public var measure: Int?

  /// A model listing a library, the first release selected (`update` asks for it).
  public init(
    summaries: [ReleaseSummary], libraryPath: String, width: Int, height: Int,
    message: String? = nil
  ) {
    self.summaries = summaries
    self.allSummaries = summaries
    self.unreadCount = summaries.count
    self.libraryPath = libraryPath
    self.width = width
    self.height = height
    self.message = message
  }

  /// The summary of the selected release, if any.
  public var selectedSummary: ReleaseSummary? {
    summaries.indices.contains(selected) ? summaries[selected] : nil
  }

  /// The release in the reading pane, once loaded.
  public var currentRelease: Release? {
    guard let loadedRelease, loadedRelease.id == selectedSummary?.id else { return nil }
    return loadedRelease
  }

  /// What the reading pane shows: the release, its summary until it is loaded, or a word on
  /// the empty library (being indexed, unreadable, or truly without a `.txt` file).
  public var document: ReadingDocument {
    if let currentRelease { return ReadingDocument(release: currentRelease) }
    if let selectedSummary { return ReadingDocument(summary: selectedSummary) }
    if indexStatus != nil && allSummaries.isEmpty { return .indexing(at: libraryPath) }
    if unreadableFiles > 0 && allSummaries.isEmpty {
      return .unreadableLibrary(at: libraryPath, files: unreadableFiles)
    }
    return .emptyLibrary(at: libraryPath)
  }

  /// What the side pane shows.
  public var sideContent: SideContent { SideContent(release: currentRelease) }

  /// Where things go at the current size.
  public var layout: ScreenLayout { ScreenLayout(model: self) }

  /// The reading pane's content rectangle: as it is, or as it would be when focused.
  public var readingRect: Rect {
    layout.rect(for: .reading)
      ?? ScreenLayout(
        width: width, height: height, focus: .reading, sideChoice: sideChoice, single: zoomed
      ).rect(for: .reading) ?? .zero
  }

  /// Rows each release takes in the list: two (title and snippet) while library search
  /// results with snippets are shown and the pane has room, one otherwise.
  public var listRowsPerItem: Int {
    guard let librarySearch, !librarySearch.snippets.isEmpty else { return 1 }
    return (layout.rect(for: .list)?.height ?? 0) >= 6 ? 2 : 1
  }

  /// The columns the reading pane wraps text to: its width less a margin on each side, at most
  /// the configured measure, else a comfortable one.
  public var readingWrapWidth: Int {
    max(1, min(measure ?? Self.measure, readingRect.width - 2))
  }

  /// The longest line of text the reading pane draws when the configuration sets no measure,
  /// in columns.
  public static let measure = 76

  /// The release open for reading: the selected one while the reading or side pane has the
  /// focus (a release passed over in the list is not open).
  public var openReleaseID: String? {
    guard focus != .list, directoryView == nil else { return nil }
    return selectedSummary?.id
  }
}
