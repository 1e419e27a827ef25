import ArgumentParser
import CommuniqueIndex
import CommuniqueTUI
import CommuniqueTerminal
import Foundation

extension Communique {
  /// `communique bench-frame [DIR]`: time from start to the first full frame of the reader.
  struct BenchFrame: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "bench-frame",
      abstract: "Mesure le temps jusqu’au premier écran complet du lecteur.",
      shouldDisplay: false
    )

    @OptionGroup var options: LibraryOptions

    @Option(help: "Nombre de mesures (la médiane est affichée).")
    var runs: Int = 20

    @Option(help: "Taille de l’écran sans terminal, en colonnes.")
    var width: Int = 120

    @Option(help: "Taille de l’écran sans terminal, en lignes.")
    var height: Int = 40

    func run() throws {
      try reportingFailures { try measure(directory: options.folder) }
    }

    private func measure(directory: String) throws {
      let clock = ContinuousClock()
      var load: [Duration] = []
      var render: [Duration] = []
      var releaseCount = 0
      for _ in 0..<max(1, runs) {
        let start = clock.now
        let library = InMemoryLibrary(releases: try loadLibrary(at: directory).releases)
        let loaded = clock.now
        _ = Screen.render(library.model(libraryPath: directory, width: width, height: height))
        render.append(clock.now - loaded)
        load.append(loaded - start)
        releaseCount = library.releases.count
      }
      let total = zip(load, render).map { $0 + $1 }
      print(
        "Premier écran sans terminal (\(width)×\(height), \(releaseCount) communiqués, "
          + "médiane sur \(load.count)) : \(Self.format(Self.median(total))) "
          + "(chargement \(Self.format(Self.median(load))), rendu \(Self.format(Self.median(render))))"
      )
      if Browse.hasInteractiveTerminal {
        let terminalTime = try Self.timeTerminalFrame(directory: directory, clock: clock)
        print("Premier écran dans le terminal (initscr → doupdate) : \(Self.format(terminalTime))")
      }
    }

    private static func timeTerminalFrame(directory: String, clock: ContinuousClock) throws
      -> Duration
    {
      let start = clock.now
      let library = InMemoryLibrary(releases: try loadLibrary(at: directory).releases)
      let terminal = try CommuniqueTerminal.Terminal(color: true)
      let size = terminal.size
      let model = library.model(libraryPath: directory, width: size.width, height: size.height)
      terminal.draw(Screen.render(model))
      let elapsed = clock.now - start
      terminal.stop()
      return elapsed
    }

    private static func median(_ values: [Duration]) -> Duration {
      values.sorted()[values.count / 2]
    }

    private static func format(_ duration: Duration) -> String {
      let milliseconds =
        Double(duration.components.seconds) * 1000
        + Double(duration.components.attoseconds) / 1e15
      return String(format: "%.2f ms", milliseconds)
    }
  }
}
