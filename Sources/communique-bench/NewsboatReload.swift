import Foundation
import GRDB

/// newsboat's first reload of a library's releases as one RSS feed (`RSSFeed`), on a fresh
/// cache, with its own URL list and an empty configuration, in a private home: nothing of the
/// user's is read or touched.
enum NewsboatReload {
  /// Writes the feed of `folder` into `directory` (emptied first), times `newsboat -x reload`
  /// on it, prints the figures and how many items newsboat's cache holds, and returns the
  /// cost; nil, with a message, when newsboat is not installed.
  static func measure(folder: String, directory: String) throws -> ChildProcess.Cost? {
    guard let newsboat = executable() else {
      Console.line(
        "newsboat introuvable\u{00A0}: comparaison sautée "
          + "(installez-le\u{00A0}: scripts/install-dependencies.sh --bench)")
      return nil
    }
    let files = FileManager.default
    try? files.removeItem(atPath: directory)
    let home = (directory as NSString).appendingPathComponent("home")
    try files.createDirectory(atPath: home, withIntermediateDirectories: true)
    let path = { (name: String) in (directory as NSString).appendingPathComponent(name) }
    let items = try RSSFeed.write(folder: folder, to: path("feed.xml"))
    let urls = URL(fileURLWithPath: path("feed.xml")).absoluteString + "\n"
    try urls.write(toFile: path("urls"), atomically: true, encoding: .utf8)
    try "".write(toFile: path("config"), atomically: true, encoding: .utf8)
    let environment = [
      "HOME": home, "XDG_CONFIG_HOME": home + "/.config", "XDG_DATA_HOME": home + "/.local/share",
      "XDG_CACHE_HOME": home + "/.cache", "XDG_STATE_HOME": home + "/.local/state",
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
    ]
    let reload = ChildProcess(
      executable: newsboat,
      arguments: [
        "-u", path("urls"), "-c", path("cache.db"), "-C", path("config"), "-x", "reload",
      ],
      environment: environment)
    let cost = try reload.run(measuringMemory: true)
    let loaded = try DatabaseQueue(path: path("cache.db")).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM rss_item") ?? 0
    }
    let size = (try? files.attributesOfItem(atPath: path("feed.xml")))?[.size] as? Int ?? 0
    Console.line(
      "newsboat -x reload, cache neuf (flux RSS de \(items) articles, \(size / 1_048_576) Mo)\u{00A0}: "
        + "\(cost.description)\u{00A0}; \(loaded) articles dans son cache")
    if loaded != items {
      Console.line("attention\u{00A0}: newsboat n’a chargé que \(loaded) articles sur \(items)")
    }
    return cost
  }

  /// newsboat's path, from `PATH`.
  private static func executable() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/newsboat" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
