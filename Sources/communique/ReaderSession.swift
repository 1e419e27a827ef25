import CommuniqueCore
import CommuniqueIndex
import CommuniqueTUI
import CommuniqueTerminal
import Foundation

/// The reader's event loop and effect runner: terminal input and background messages →
/// `update` → effects and a frame.
struct ReaderSession {
  /// The model to start from.
  var model: Model
  /// Whether to use colours (false under `NO_COLOR`).
  var color: Bool
  /// Where `y` and `Y` copy to.
  var clipboard: ClipboardBackend
  /// The library's index: releases are loaded from it, `/` in the list searches it, and it is
  /// refreshed in the background.
  var index: ReleaseIndex
  /// Whether to refresh the index in the background once the first frame is drawn.
  var refreshInBackground: Bool

  /// Results asked for per library search.
  static let resultLimit = 100

  /// Runs until the user quits or a quit signal arrives; returns the exit status.
  /// - Throws: `CommandFailure` (exit code 2) when the terminal cannot be used.
  func run() throws -> Int32 {
    let terminal: CommuniqueTerminal.Terminal
    do {
      terminal = try CommuniqueTerminal.Terminal(color: color)
    } catch {
      throw CommandFailure(error.message, code: 2)
    }
    defer { terminal.stop() }
    let mailbox = Mailbox()
    var model = self.model
    let size = terminal.size
    guard perform([.resize(width: size.width, height: size.height)], on: &model, mailbox)
    else { return 0 }
    terminal.draw(Screen.render(model))
    Self.startBackgroundWork(
      of: index, into: mailbox, listing: model.isListPartial, refreshing: refreshInBackground)
    while true {
      if let signal = terminal.takeQuitSignal() { return 128 + signal }
      var messages = mailbox.take()
      if let message = terminal.nextMessage() { messages.append(message) }
      guard !messages.isEmpty else { continue }
      guard perform(messages, on: &model, mailbox) else { return 0 }
      terminal.draw(Screen.render(model))
    }
  }

  /// Feeds `messages` to `update` and runs the effects, until both are done; false when the
  /// user quits. A release asked for is loaded at once, before any other message.
  private func perform(_ messages: [Message], on model: inout Model, _ mailbox: Mailbox)
    -> Bool
  {
    var messages = messages
    var pending: [Effect] = []
    while !messages.isEmpty || !pending.isEmpty {
      if pending.isEmpty {
        (model, pending) = update(model, messages.removeFirst())
        continue
      }
      switch pending.removeFirst() {
      case .quit: return false
      case .copy(let text, let summary):
        let (after, more) = update(model, Clipboard.copy(text, summary: summary, via: clipboard))
        model = after
        pending += more
      case .loadRelease(let id):
        let (after, more) = update(model, load(id))
        model = after
        pending += more
      case .searchLibrary(let query): messages.append(.libraryResults(search(query)))
      case .refreshLibrary:
        Self.startBackgroundWork(of: index, into: mailbox, listing: false, refreshing: true)
      case .loadDirectory: Self.startDirectory(of: index, into: mailbox)
      }
    }
    return true
  }

  /// The answer to `.loadRelease`.
  private func load(_ id: String) -> Message {
    guard let release = try? index.release(id: id) else { return .releaseUnavailable(id: id) }
    return .releaseLoaded(release)
  }

  /// The library search's answer, as the reader takes it.
  private func search(_ query: String) -> LibraryResults {
    guard let results = try? index.search(query, limit: Self.resultLimit) else {
      return LibraryResults(query: query, total: 0, hits: [], highlights: [])
    }
    return LibraryResults(
      query: query, total: results.total, isTotalCapped: results.isTotalCapped,
      hits: results.hits.map { .init(summary: $0.summary, snippet: $0.snippet) },
      highlights: results.highlights)
  }

  /// Gathers the library's directory on a background thread, then posts it.
  private static func startDirectory(of index: ReleaseIndex, into mailbox: Mailbox) {
    Thread.detachNewThread {
      let directory = (try? index.directory()) ?? LibraryDirectory(releases: [])
      mailbox.post(.directoryLoaded(directory))
    }
  }

  /// On a background thread: reads the whole list when the first frame showed only its first
  /// page, then refreshes the index, posting progress and then the new library. One thread
  /// does both, so the list read first can never arrive after the refreshed one.
  private static func startBackgroundWork(
    of index: ReleaseIndex, into mailbox: Mailbox, listing: Bool, refreshing: Bool
  ) {
    guard listing || refreshing else { return }
    Thread.detachNewThread {
      if listing, let summaries = try? index.summaries() {
        mailbox.post(.libraryListed(summaries))
      }
      guard refreshing else { return }
      let refreshed = try? index.refresh { progress in
        if progress.total > 0 {
          mailbox.post(.indexProgress(done: progress.done, total: progress.total))
        }
      }
      let summaries = (try? index.summaries()) ?? []
      let skipped = refreshed == nil ? 0 : (try? index.problems().count) ?? 0
      mailbox.post(.libraryRefreshed(summaries, skipped: skipped))
    }
  }
}
