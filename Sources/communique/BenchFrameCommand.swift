import ArgumentParser
import CommuniqueIndex
import CommuniqueTUI
import CommuniqueTerminal
import Foundation

extension Communique {
  /// `communique bench-frame [DIR]`: time from start to the first full frame of the reader, on
  /// the library's index (refreshed first, not timed).
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
      try reportingFailures {
        _ = try options.refreshedIndex()
        try measure(directory: options.folder)
      }
    }

    private func measure(directory: String) throws {
      let clock = ContinuousClock()
      var open: [Duration] = []
      var render: [Duration] = []
      var releaseCount = 0
      for _ in 0..<max(1, runs) {
        let start = clock.now
        let model = Self.firstModel(directory: directory, width: width, height: height)
        let opened = clock.now
        _ = Screen.render(model)
        render.append(clock.now - opened)
        open.append(opened - start)
        releaseCount = model.summaries.count
      }
      let total = zip(open, render).map { $0 + $1 }
      print(
        "Premier écran sans terminal (\(width)×\(height), \(releaseCount) premiers communiqués, "
          + "médiane sur \(open.count))\u{00A0}: \(Self.format(Self.median(total))) "
          + "(index \(Self.format(Self.median(open))), rendu \(Self.format(Self.median(render))))"
      )
      if Browse.hasInteractiveTerminal {
        let terminalTime = try Self.timeTerminalFrame(directory: directory, clock: clock)
        print(
          "Premier écran dans le terminal (initscr → doupdate)\u{00A0}: \(Self.format(terminalTime))"
        )
      }
    }

    /// The reader's first model from the library's index, as `browse` starts.
    private static func firstModel(directory: String, width: Int, height: Int) -> Model {
      EffectRunner(library: ReleaseIndex.open(folder: directory)).firstModel(
        libraryPath: directory, width: width, height: height, firstPage: Model.firstPageSize)
    }

    private static func timeTerminalFrame(directory: String, clock: ContinuousClock) throws
      -> Duration
    {
      let start = clock.now
      let terminal = try Terminal(color: true)
      let size = terminal.size
      let model = firstModel(directory: directory, width: size.width, height: size.height)
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
