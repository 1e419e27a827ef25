import ArgumentParser
import CommuniqueIndex
import CommuniqueTUI
import Foundation

/// `communique-bench first-open DIR --cache CACHE`: the reader started on a library whose
/// cache is empty, without a terminal, as `communique browse` starts (the names counted, the
/// index opened, a first frame, then the refresh in the background through the reader's
/// `EffectRunner` and a mailbox, a frame after each batch of messages): the time from start
/// to the first releases listed, and with `--whole`, to the end of the index. `run` starts it
/// as a process of its own (nothing run before it warms it up), on a cache folder of its own.
struct FirstOpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "first-open",
    abstract: "Mesure le temps jusqu’aux premiers communiqués listés, sans cache.")

  @Argument(help: "Dossier de communiqués.") var folder: String
  @Option(help: "Dossier du cache de l’index (vide\u{00A0}: il est construit).") var cache: String
  @Flag(help: "Attend aussi la fin de l’indexation.") var whole = false

  func run() throws {
    let start = DispatchTime.now().uptimeNanoseconds
    let elapsed = { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    guard try !LibraryFolder.holds(atMost: 100, releaseFilesIn: folder) else {
      throw ValidationError(
        "\(folder)\u{A0}: trop peu de fichiers, le lecteur les indexerait d’abord")
    }
    let index = ReleaseIndex.open(folder: folder, cacheFolder: cache)
    let mailbox = Mailbox()
    let runner = EffectRunner(
      library: index, performing: [.loadRelease, .searchLibrary], mailbox: mailbox)
    var model = runner.firstModel(
      libraryPath: folder, width: 120, height: 40, firstPage: Model.firstPageSize)
    guard model.summaries.isEmpty else {
      throw ValidationError("le cache \(cache) n’est pas vide\u{A0}: il faut un cache neuf")
    }
    model.indexStatus = "Index…"
    _ = Screen.render(model)
    let frame = elapsed()
    _ = runner.startBackgroundWork(listing: false, refreshing: true)
    var listed: (seconds: Double, count: Int)?
    while model.indexStatus != nil && (whole || listed == nil) {
      let messages = mailbox.take()
      guard !messages.isEmpty else {
        usleep(1_000)
        continue
      }
      model = runner.update(model, messages).0
      _ = Screen.render(model)
      if listed == nil, !model.summaries.isEmpty { listed = (elapsed(), model.summaries.count) }
    }
    let first = listed.map {
      "\(Stopwatch.format($0.seconds)) (\($0.count) communiqués listés)"
    }
    let files = try LibraryFolder.releaseFiles(in: folder)
    Console.line(
      "ouverture sans cache (\(files.count) fichiers)\u{00A0}: premier écran \(Stopwatch.format(frame)), "
        + "premiers communiqués listés \(first ?? "jamais")"
        + (whole ? ", index complet \(Stopwatch.format(elapsed()))" : ""))
  }
}
