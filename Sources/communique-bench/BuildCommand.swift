import ArgumentParser
import Foundation

/// `communique-bench build DIR`: the first index of a library beside newsboat's first reload
/// of the same releases (`IndexBuild`), without the rest of `run`.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Compare la première indexation d’un dossier au premier chargement de newsboat.")

  @Argument(help: "Dossier des communiqués (lu seulement).") var folder: String
  @Option(help: "Dossier de travail (cache de communique, flux et cache de newsboat).")
  var work = NSTemporaryDirectory() + "communique-bench-build"
  @Flag(help: "Sans newsboat.") var withoutNewsboat = false

  func run() throws {
    Console.line("communique-bench — \(ProcessInfo.processInfo.activeProcessorCount) cœurs")
    try IndexBuild.measure(
      folder: folder, cacheHome: (work as NSString).appendingPathComponent("cache"),
      newsboatFolder: (work as NSString).appendingPathComponent("newsboat"),
      comparing: !withoutNewsboat, reusingCache: false)
  }
}
