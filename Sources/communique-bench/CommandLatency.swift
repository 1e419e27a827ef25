import CommuniqueIndex
import Foundation

/// The command line on an indexed library, as a person runs it: `communique list`,
/// `contacts`, `partners` and `show ID`, each a process of its own (the `communique`
/// executable built beside this one), its output to `/dev/null`; the median of `runs`.
enum CommandLatency {
  /// Runs the four commands on `folder` (already indexed, with its cache under
  /// `cacheHome/communique` when given, else the user's) and prints their times.
  static func measure(folder: String, cacheHome: String?, runs: Int) throws {
    let executable = try Platform.communique()
    let cache = cacheHome.map { ($0 as NSString).appendingPathComponent("communique") }
    let summaries = try ReleaseIndex.open(folder: folder, cacheFolder: cache).summaries()
    guard !summaries.isEmpty else {
      throw ChildProcess.Failure(description: "\(folder)\u{00A0}: index vide")
    }
    let middle = summaries[summaries.count / 2].id
    var environment = ProcessInfo.processInfo.environment
    if let cacheHome { environment["XDG_CACHE_HOME"] = cacheHome }
    var figures: [String] = []
    for arguments in [["list"], ["contacts"], ["partners"], ["show", middle]] {
      var times: [Double] = []
      for _ in 0..<max(1, runs) {
        let command = ChildProcess(
          executable: executable, arguments: arguments + ["--library", folder],
          environment: environment)
        times.append(try command.run().seconds)
      }
      let label = arguments == ["show", middle] ? "show ID" : arguments[0]
      figures.append("\(label) \(Stopwatch.format(times.sorted()[times.count / 2]))")
    }
    Console.line(
      "commandes sur l’index (\(summaries.count) communiqués, médiane sur \(max(1, runs)))\u{00A0}: "
        + figures.joined(separator: ", "))
  }
}
