import CommuniqueCore

/// Something that happened, fed to `update`.
public enum Message: Equatable, Sendable {
  /// A key was typed.
  case key(Key)
  /// The mouse was used.
  case mouse(MouseEvent)
  /// The terminal now has this size.
  case resize(width: Int, height: Int)
  /// The answer to a `.searchLibrary` or `.rankLibrarySearch` effect.
  case libraryResults(LibraryResults)
  /// Typing has paused after this keystroke of the library search (`.awaitTypingPause`).
  case typingPaused(keystroke: Int)
  /// The background refresh of the index has examined `done` of `total` files.
  case indexProgress(done: Int, total: Int)
  /// The library as indexed so far, while the background refresh goes on: the list grows,
  /// the selection kept.
  case libraryGrowing([ReleaseSummary])
  /// The whole cached list, when the first frame showed only its first page.
  case libraryListed([ReleaseSummary])
  /// The background refresh is over: the library as it is now, and the unreadable file count.
  case libraryRefreshed([ReleaseSummary], skipped: Int)
  /// The answer to a `.loadRelease` effect.
  case releaseLoaded(Release)
  /// A `.loadRelease` effect failed: no readable release with this id.
  case releaseUnavailable(id: String)
  /// The answer to a `.loadDirectory` effect.
  case directoryLoaded(LibraryDirectory)
  /// A copy succeeded through a backend; `summary` names what was copied.
  case copied(summary: String, via: ClipboardBackend)
  /// A copy failed; `reason` says why, in French.
  case copyFailed(reason: String)
  /// The read and flagged marks as kept between sessions.
  case marksLoaded(ReleaseMarks)
  /// A `.saveMark` effect failed; `reason` says why, in French.
  case marksUnsaved(reason: String)
  /// Files were added, changed or removed in the library folder.
  case libraryChanged
  /// The program of a `.runProgram` effect has ended and the reader has the terminal back.
  case programFinished(ProgramOutcome)
}
