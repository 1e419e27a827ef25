import CommuniqueIndex
import CommuniqueTUI
import CommuniqueTerminal
import Foundation

/// The reader's event loop: terminal input and background messages go through the
/// `EffectRunner` (on the library's index, the user's marks, the terminal's clipboard, slow
/// work on threads of its own), and each batch ends with a frame. A watcher on the library
/// folder posts `.libraryChanged` when files come, change or go. The terminal's own effects
/// come back to it: `.quit`, and `.runProgram`, for which it hands the terminal over.
struct ReaderSession {
  /// The model to start from.
  var model: Model
  /// Whether to use colours (false under `NO_COLOR`).
  var color: Bool
  /// The colours of the configuration.
  var colors: ColorScheme
  /// Where `y` and `Y` copy to.
  var clipboard: ClipboardBackend
  /// The library's index: releases are loaded from it, `/` in the list searches it, and it is
  /// refreshed in the background.
  var index: ReleaseIndex
  /// The read and flagged marks.
  var marks: MarkDatabase
  /// Whether to refresh the index in the background once the first frame is drawn.
  var refreshInBackground: Bool

  /// Runs until the user quits or a quit signal arrives; returns the exit status.
  /// - Throws: `CommandFailure` (exit code 2) when the terminal cannot be used.
  func run() throws -> Int32 {
    let terminal: Terminal
    do {
      terminal = try Terminal(color: color, scheme: colors)
    } catch {
      throw CommandFailure(error.message, code: 2)
    }
    defer { terminal.stop() }
    let mailbox = Mailbox()
    let clipboard = self.clipboard
    let runner = EffectRunner(
      library: index, copy: { Clipboard.copy($0, summary: $1, via: clipboard) }, mailbox: mailbox,
      marks: marks)
    let size = terminal.size
    let kept = (try? marks.marks()).map { [Message.marksLoaded($0)] } ?? []
    var (model, effects) = runner.update(
      self.model, kept + [.resize(width: size.width, height: size.height)])
    guard !effects.contains(.quit) else { return 0 }
    terminal.draw(Screen.render(model))
    _ = runner.startBackgroundWork(listing: model.isListPartial, refreshing: refreshInBackground)
    _ = FolderWatcher(folder: index.folder) { mailbox.post(.libraryChanged) }
    while true {
      if let signal = terminal.takeQuitSignal() { return 128 + signal }
      var messages = mailbox.take()
      if let message = terminal.nextMessage() { messages.append(message) }
      guard !messages.isEmpty else { continue }
      (model, effects) = runner.update(model, messages)
      while case .runProgram(let request)? = effects.first(where: { $0.kind == .runProgram }) {
        guard !effects.contains(.quit) else { return 0 }
        let outcome = run(request, for: model, on: terminal)
        (model, effects) = runner.update(model, .programFinished(outcome))
      }
      guard !effects.contains(.quit) else { return 0 }
      terminal.draw(Screen.render(model))
    }
  }

  /// Hands the terminal to the program with the release's clean text, as `show` prints it at
  /// the reading pane's width, and takes it back.
  private func run(_ request: ProgramRequest, for model: Model, on terminal: Terminal)
    -> ProgramOutcome
  {
    guard let release = model.currentRelease, release.id == request.releaseID else {
      return ProgramOutcome(kind: request.kind, status: nil, failure: "communiqué introuvable.")
    }
    let text = PlainRenderer(width: model.readingWrapWidth, styled: false).render(release)
    terminal.suspend()
    defer { terminal.resume() }
    return ExternalProgram.run(
      request.kind, text: text, name: release.id,
      environment: ProcessInfo.processInfo.environment)
  }
}
