import ArgumentParser
import CommuniqueIndex
import CommuniqueTUI
import Foundation

/// `communique-bench browse DIR --cache CACHE`: the reader on an already built index, without
/// a terminal: time to the first frame, the cost of key presses, and the process's peak
/// resident memory. `run` starts it as a process of its own, so that building the index does
/// not count in that memory.
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Mesure le lecteur sur un index construit\u{00A0}: premier écran, touches, mémoire.")

  @Argument(help: "Dossier de communiqués déjà indexé.") var folder: String
  @Option(help: "Dossier du cache de l’index.") var cache: String
  @Option(help: "Appuis mesurés pour j et pour Espace.") var presses = 1_000

  /// Words typed letter by letter in the library search.
  static let typedWords = ["migrants", "retour", "détention", "santé", "frontières", "traite"]

  func run() throws {
    var reader: IndexedReader?
    let first = Stopwatch.time {
      let index = ReleaseIndex.open(folder: folder, cacheFolder: cache)
      reader = IndexedReader(
        index: index, folder: folder, width: 120, height: 40,
        firstPage: Model.firstPageSize)
    }
    guard var reader else { return }
    let listed = Stopwatch.time { reader.listRest() }
    Console.line(
      "premier écran depuis le cache (120×40, sans terminal)\u{00A0}: \(Stopwatch.format(first))\u{00A0}; "
        + "liste complète (\(reader.model.summaries.count) communiqués) "
        + "\(Stopwatch.format(listed)) après, mémoire max \(Platform.peakMemoryMB()) Mo")
    KeyPresses.measure("j", repeating: .character("j"), times: presses, on: &reader)
    reader.send(.key(.character("g")))
    KeyPresses.measure("Espace", repeating: .character(" "), times: presses, on: &reader)
    KeyPresses.measureLibrarySearch(typing: Self.typedWords, on: &reader)
    Console.line("mémoire max après les touches\u{00A0}: \(Platform.peakMemoryMB()) Mo")
    for (label, key) in [("c (contacts)", Character("c")), ("P (partenaires)", "P")] {
      let seconds = Stopwatch.time { reader.send(.key(.character(key))) }
      let entries = reader.model.directoryView?.entryCount ?? 0
      Console.line("annuaire \(label)\u{00A0}: \(Stopwatch.format(seconds)), \(entries) entrées")
      reader.send(.key(.escape))
    }
    Console.line("mémoire résidente maximale du lecteur\u{00A0}: \(Platform.peakMemoryMB()) Mo")
  }
}
