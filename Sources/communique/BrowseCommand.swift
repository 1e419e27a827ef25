import ArgumentParser
import CommuniqueIndex
import CommuniqueTUI
import CommuniqueTerminal
import Foundation

extension Communique {
  /// `communique browse [DIR]`: the full-screen reader, and the default command.
  struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "browse",
      abstract: "Ouvre le lecteur plein écran sur un dossier de communiqués."
    )

    @OptionGroup var options: LibraryOptions

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Presse-papiers à utiliser pour y et Y.",
        discussion: "Par défaut\u{00A0}: le réglage clipboard de config.toml, sinon auto."))
    var clipboard: ClipboardPreference?

    func run() throws {
      try reportingFailures {
        do throws(LibraryError) {
          try LibraryFolder.validate(options.folder)
        } catch {
          throw CommandFailure(error.message)
        }
        guard Self.hasInteractiveTerminal else {
          throw CommandFailure(
            "pas de terminal interactif pour le lecteur\u{00A0}; utilisez «\u{00A0}communique list\u{00A0}» "
              + "ou «\u{00A0}communique show ID\u{00A0}».", code: 2)
        }
        let index = ReleaseIndex.open(folder: options.folder)
        var firstPage = (try? index.summaries(limit: Model.firstPageSize)) ?? []
        let refreshFirst = try firstPage.isEmpty && Self.isSmall(options.folder)
        if refreshFirst {
          _ = try? index.refresh()
          firstPage = (try? index.summaries(limit: Model.firstPageSize)) ?? []
        }
        let skipped = (try? index.problems().count) ?? 0
        let (settings, configProblems) = ReaderConfigFile.loaded
        let marks = MarkDatabase.open()
        var notes = index.warnings + marks.warnings + configProblems
        if skipped > 0 { notes.insert("\(skipped) fichier(s) illisible(s) ignoré(s)", at: 0) }
        var model = Model(
          summaries: firstPage, libraryPath: options.folder,
          width: 80, height: 24, message: notes.isEmpty ? nil : notes.joined(separator: " ; "))
        model.isListPartial = firstPage.count == Model.firstPageSize
        model.unreadableFiles = skipped
        model.keyMap = settings.keyMap
        model.measure = settings.measure == 0 ? .max : settings.measure  // 0: the pane's width
        if !refreshFirst { model.indexStatus = "Index…" }
        let environment = ProcessInfo.processInfo.environment
        let color = environment["NO_COLOR"].map(\.isEmpty) ?? true
        let backend = ClipboardChoice.backend(
          for: clipboard ?? settings.clipboard, environment: environment,
          isInstalled: Clipboard.isInstalled)
        let session = ReaderSession(
          model: model, color: color, colors: settings.colors, clipboard: backend, index: index,
          marks: marks, refreshInBackground: !refreshFirst)
        let status = try session.run()
        if status != 0 { throw ExitCode(status) }
      }
    }

    /// Without a cache, a library this small is indexed before the first frame (a larger one
    /// is listed while it is indexed, from its first batch on).
    static let synchronousRefreshLimit = 100

    /// Whether `folder` holds at most `synchronousRefreshLimit` release files. Its names are
    /// read only when the cache lists nothing, and only counted: the first frame does not wait
    /// for the scan of a large folder (0.5 s for 100 000 files), the refresh does it after.
    static func isSmall(_ folder: String) throws -> Bool {
      do throws(LibraryError) {
        return try LibraryFolder.holds(atMost: synchronousRefreshLimit, releaseFilesIn: folder)
      } catch {
        throw CommandFailure(error.message)
      }
    }

    /// Whether standard input and output are a terminal that can be drawn on.
    static var hasInteractiveTerminal: Bool {
      let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
      return isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1 && !term.isEmpty
        && term != "dumb"
    }
  }
}

extension ClipboardPreference: ExpressibleByArgument {}
