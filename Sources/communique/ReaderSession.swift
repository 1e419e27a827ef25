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
  /// The library's index: searched for `/` in the list, refreshed in the background.
  var index: ReleaseIndex
  /// Whether to refresh the index in the background once the first frame is drawn.
  var refreshInBackground: Bool
  /// Whether the model holds only the first releases, the rest to be loaded in the background.
  var loadInBackground: Bool

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
    let size = terminal.size
    var model = update(self.model, .resize(width: size.width, height: size.height)).0
    terminal.draw(Screen.render(model))
    let mailbox = Mailbox()
    if refreshInBackground {
      Self.startRefresh(of: index, into: mailbox, loadingFirst: loadInBackground)
    }
    while true {
      if let signal = terminal.takeQuitSignal() { return 128 + signal }
      var messages = mailbox.take()
      if let message = terminal.nextMessage() { messages.append(message) }
      guard !messages.isEmpty else { continue }
      var next = model
      var pending: [Effect] = []
      while !messages.isEmpty || !pending.isEmpty {
        if pending.isEmpty {
          (next, pending) = update(next, messages.removeFirst())
          continue
        }
        switch pending.removeFirst() {
        case .quit: return 0
        case .copy(let text, let summary):
          let (after, more) = update(next, Clipboard.copy(text, summary: summary, via: clipboard))
          next = after
          pending += more
        case .searchLibrary(let query): messages.append(.libraryResults(search(query)))
        case .refreshLibrary: Self.startRefresh(of: index, into: mailbox, loadingFirst: false)
        }
      }
      model = next
      terminal.draw(Screen.render(model))
    }
  }

  /// The library search's answer, as the reader takes it.
  private func search(_ query: String) -> LibraryResults {
    guard let results = try? index.search(query, limit: Self.resultLimit) else {
      return LibraryResults(query: query, total: 0, hits: [], highlights: [])
    }
    return LibraryResults(
      query: query, total: results.total, isTotalCapped: results.isTotalCapped,
      hits: results.hits.map { .init(releaseID: $0.releaseID, snippet: $0.snippet) },
      highlights: results.highlights)
  }

  /// Refreshes the index on a background thread, posting progress and then the new library;
  /// first posts the whole cached library when `loadingFirst`.
  private static func startRefresh(
    of index: ReleaseIndex, into mailbox: Mailbox, loadingFirst: Bool
  ) {
    Thread.detachNewThread {
      if loadingFirst, let cached = try? index.releases() {
        mailbox.post(.libraryRefreshed(cached, skipped: 0))
        mailbox.post(.indexProgress(done: 0, total: 0))
      }
      let refreshed = try? index.refresh { progress in
        if progress.total > 0 {
          mailbox.post(.indexProgress(done: progress.done, total: progress.total))
        }
      }
      guard refreshed != nil, let releases = try? index.releases() else {
        mailbox.post(.libraryRefreshed((try? index.releases()) ?? [], skipped: 0))
        return
      }
      mailbox.post(.libraryRefreshed(releases, skipped: (try? index.problems().count) ?? 0))
    }
  }
}
