import CommuniqueCore

/// Work `update` asks the outside world to do; the `EffectRunner` performs it.
public enum Effect: Equatable, Sendable {
  /// Leave the reader.
  case quit
  /// Put `text` on the clipboard; `summary` is how the status line names it once copied.
  case copy(text: String, summary: String)
  /// Search every release of the library for this query, a quick first pass for a query
  /// being typed (answered by `.libraryResults`, exact or not).
  case searchLibrary(String)
  /// Rank every match of this query exactly (answered by `.libraryResults`, exact), in the
  /// background when the runner has a mailbox.
  case rankLibrarySearch(String)
  /// Say when typing has paused for `LibrarySearch.typingPause` after this keystroke of the
  /// library search (answered by `.typingPaused`; at once without a mailbox).
  case awaitTypingPause(keystroke: Int)
  /// Refresh the library's index in the background (answered by `.indexProgress` and
  /// `.libraryGrowing` messages, then `.libraryRefreshed`).
  case refreshLibrary
  /// Load the whole release with this id (answered by `.releaseLoaded`, or
  /// `.releaseUnavailable` when it cannot be read).
  case loadRelease(id: String)
  /// Gather the directory of the whole library (answered by `.directoryLoaded`).
  case loadDirectory
  /// Keep `mark` on (or off) the releases `ids` between sessions (answered by
  /// `.marksUnsaved` only when it cannot be kept).
  case saveMark(ReleaseMark, Bool, ids: [String])
  /// Read the marks as kept again, another reader may have changed them (answered by
  /// `.marksLoaded`).
  case loadMarks
  /// Hand the terminal to another program with a release's text (answered by
  /// `.programFinished`); the reader's event loop runs it, never the `EffectRunner`.
  case runProgram(ProgramRequest)

  /// The kinds of effect, without their values: what a runner is told to perform.
  public enum Kind: Hashable, Sendable, CaseIterable {
    /// `.quit`.
    case quit
    /// `.copy`.
    case copy
    /// `.searchLibrary`.
    case searchLibrary
    /// `.rankLibrarySearch`.
    case rankLibrarySearch
    /// `.awaitTypingPause`.
    case awaitTypingPause
    /// `.refreshLibrary`.
    case refreshLibrary
    /// `.loadRelease`.
    case loadRelease
    /// `.loadDirectory`.
    case loadDirectory
    /// `.saveMark`.
    case saveMark
    /// `.loadMarks`.
    case loadMarks
    /// `.runProgram`.
    case runProgram
  }

  /// This effect's kind.
  public var kind: Kind {
    switch self {
    case .quit: .quit
    case .copy: .copy
    case .searchLibrary: .searchLibrary
    case .rankLibrarySearch: .rankLibrarySearch
    case .awaitTypingPause: .awaitTypingPause
    case .refreshLibrary: .refreshLibrary
    case .loadRelease: .loadRelease
    case .loadDirectory: .loadDirectory
    case .saveMark: .saveMark
    case .loadMarks: .loadMarks
    case .runProgram: .runProgram
    }
  }
}
