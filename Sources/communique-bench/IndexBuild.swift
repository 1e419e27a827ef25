import CommuniqueIndex
import Foundation

/// A library's index built as a person builds it, `communique index` (the executable built
/// beside this one, a process of its own), beside newsboat's first reload of the same releases
/// (`NewsboatReload`), in the same run.
enum IndexBuild {
  /// Builds the index of `folder` into `cacheHome/communique` (emptied first unless
  /// `reusingCache`), after newsboat's reload when `comparing` (its files in `newsboatFolder`),
  /// and prints both, their ratio, and the number of releases indexed.
  static func measure(
    folder: String, cacheHome: String, newsboatFolder: String, comparing: Bool,
    reusingCache: Bool
  ) throws {
    let cache = (cacheHome as NSString).appendingPathComponent("communique")
    if !reusingCache { try? FileManager.default.removeItem(atPath: cache) }
    let newsboat =
      comparing
      ? try NewsboatReload.measure(folder: folder, directory: newsboatFolder) : nil
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_CACHE_HOME"] = cacheHome
    let build = try ChildProcess(
      executable: try Platform.communique(), arguments: ["index", folder],
      environment: environment
    ).run(measuringMemory: true)
    let releases = try ReleaseIndex.open(folder: folder, cacheFolder: cache).count()
    let state = reusingCache ? "cache existant" : "cache neuf"
    Console.line(
      "construction de l’index, communique index, \(state)\u{00A0}: \(build.description) "
        + "(\(releases) communiqués)")
    if let newsboat {
      Console.line(
        String(
          format: "communique index / newsboat -x reload\u{00A0}: %.2f (%@)",
          build.seconds / newsboat.seconds,
          build.seconds <= newsboat.seconds ? "plus rapide" : "plus lent"))
    }
  }
}
