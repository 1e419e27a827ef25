import CommuniqueCore
import Foundation

/// Where a library's cache database lives: `$XDG_CACHE_HOME/communique/` (default
/// `~/.cache/communique/`), one file per library folder, named after the folder and a hash of
/// its absolute path.
public enum CacheLocation {
  /// The cache folder for the given environment.
  public static func folder(environment: [String: String]) -> String {
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".cache")
    return (base as NSString).appendingPathComponent("communique")
  }

  /// The database path for `libraryFolder` inside `cacheFolder`.
  public static func database(for libraryFolder: String, in cacheFolder: String) -> String {
    let absolute = URL(fileURLWithPath: libraryFolder).standardizedFileURL.path
    let name = (absolute as NSString).lastPathComponent.unicodeScalars
      .map { CharacterSet.alphanumerics.contains($0) ? String($0) : "_" }.joined()
    let hash = ContentHash.hex(of: Array(absolute.utf8)).prefix(8)
    return (cacheFolder as NSString).appendingPathComponent("\(name)-\(hash).sqlite")
  }
}
