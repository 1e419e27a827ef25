import ArgumentParser

/// `communique-bench`: the synthetic corpus generator and the library benchmarks.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "communique-bench",
    abstract: "Génère un corpus synthétique de communiqués et mesure l’index et la recherche.",
    subcommands: [
      GenerateCommand.self, RunCommand.self, BuildCommand.self, BrowseCommand.self,
      CommandsCommand.self, ParseCommand.self, ShapesCommand.self, FirstOpenCommand.self,
      LearnCommand.self, SearchCommand.self,
    ],
    defaultSubcommand: RunCommand.self)
}

/// `communique-bench generate --count N --seed S --out DIR`.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate", abstract: "Écrit N communiqués synthétiques dans DIR.")

  @Option(help: "Nombre de communiqués.") var count = 1_000
  @Option(help: "Graine (même graine, mêmes fichiers).") var seed: UInt64 = 1
  @Option(help: "Dossier de sortie.") var out: String

  func run() throws {
    try CorpusGenerator(seed: seed).write(count: count, to: out)
    Console.line("\(count) communiqués écrits dans \(out)")
  }
}
