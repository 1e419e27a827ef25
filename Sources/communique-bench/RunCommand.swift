import ArgumentParser
import CommuniqueCore
import CommuniqueIndex
import Foundation

/// `communique-bench run`: for each library size, generates the corpus, then measures parse
/// throughput, the reader's first open without a cache (`FirstOpenCommand`), index build
/// beside newsboat's (`IndexBuild`), no-change refresh, the reader on the cache (first frame,
/// key presses, memory: see `BrowseCommand`), the commands on the index (`CommandLatency`),
/// search latency and the database's size.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Mesure l’index et la recherche sur des corpus synthétiques.")

  @Option(help: "Tailles de bibliothèque, séparées par des virgules.")
  var counts = "10000,100000"
  @Option(help: "Dossier de travail (corpus et caches).")
  var work = NSTemporaryDirectory() + "communique-bench"
  @Option(help: "Graine du corpus.") var seed: UInt64 = 1
  @Flag(
    help:
      "Garde un cache existant (la «\u{00A0}construction\u{00A0}» n’est alors qu’une mise à jour).")
  var reuseCache = false

  func run() throws {
    Console.line("communique-bench — \(ProcessInfo.processInfo.activeProcessorCount) cœurs")
    for count in counts.split(separator: ",").compactMap({ Int($0) }) {
      try measure(count: count)
    }
  }

  private func measure(count: Int) throws {
    let folder = (work as NSString).appendingPathComponent("corpus-\(count)")
    let cacheHome = (work as NSString).appendingPathComponent("cache-\(count)")
    let cache = (cacheHome as NSString).appendingPathComponent("communique")
    if !FileManager.default.fileExists(atPath: folder) {
      let generated = try Stopwatch.time {
        try CorpusGenerator(seed: seed).write(count: count, to: folder)
      }
      Console.line("\n\(count) communiqués générés en \(Stopwatch.format(generated))")
    }
    Console.line("\n== \(count) communiqués ==")
    if count <= 10_000 && !reuseCache { ParseThroughput.measure(folder: folder) }
    try firstOpen(folder: folder)
    try IndexBuild.measure(
      folder: folder, cacheHome: cacheHome,
      newsboatFolder: (work as NSString).appendingPathComponent("newsboat-\(count)"),
      comparing: !reuseCache, reusingCache: reuseCache)
    var report = RefreshReport()
    let reopened = ReleaseIndex.open(folder: folder, cacheFolder: cache)
    let refresh = try Stopwatch.time { report = try reopened.refresh() }
    Console.line(
      "mise à jour sans changement\u{00A0}: \(Stopwatch.format(refresh)) (\(report.parsed.count) relus)"
    )
    try browse(folder: folder, cache: cache)
    try CommandLatency.measure(folder: folder, cacheHome: cacheHome, runs: 3)
    try SearchLatency.measure(reopened, queries: BenchQueries.all, libraryCount: report.releases)
    let size = ["", "-wal"].compactMap { suffix in
      (try? FileManager.default.attributesOfItem(atPath: (reopened.databasePath ?? "") + suffix))?[
        .size] as? Int
    }.reduce(0, +)
    Console.line("taille de la base\u{00A0}: \(size / 1_048_576) Mo")
    Console.line(
      "mémoire résidente maximale du banc (mise à jour, commandes, recherche)\u{00A0}: "
        + "\(Platform.peakMemoryMB()) Mo")
  }

  /// Runs `communique-bench first-open` on the library in a process of its own, on a cache
  /// of its own, deleted after; then `communique-bench learn`.
  private func firstOpen(folder: String) throws {
    let cache = (work as NSString).appendingPathComponent("cache-first-open")
    try? FileManager.default.removeItem(atPath: cache)
    defer { try? FileManager.default.removeItem(atPath: cache) }
    try runBench(["first-open", folder, "--cache", cache])
    try runBench(["learn", folder])
  }

  /// Runs `communique-bench browse` on the library in a process of its own, whose memory
  /// then is the reader's alone.
  private func browse(folder: String, cache: String) throws {
    try runBench(["browse", folder, "--cache", cache])
  }

  /// Runs this benchmark with `arguments` as a process of its own, its figures printed as it
  /// goes, and fails with its status.
  private func runBench(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = Platform.executable
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    if process.terminationStatus != 0 { throw ExitCode(process.terminationStatus) }
  }
}
