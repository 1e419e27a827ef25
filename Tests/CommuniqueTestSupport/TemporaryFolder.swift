import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
  /// The folder's path.
  public let path: String

  /// Creates an empty folder.
  public init() throws {
    path = (NSTemporaryDirectory() as NSString)
      .appendingPathComponent("communique-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The path of `name` inside the folder.
  public func file(_ name: String) -> String {
    (path as NSString).appendingPathComponent(name)
  }

  /// A copy of the files of `source` named in `names` (all `*.txt` when nil) in a sub-folder.
  public func library(
    named name: String = "library", from source: URL, files names: [String]? = nil
  ) throws -> String {
    let library = file(name)
    try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
    let all = try FileManager.default.contentsOfDirectory(atPath: source.path)
      .filter { $0.hasSuffix(".txt") }
    for file in names ?? all {
      try FileManager.default.copyItem(
        atPath: source.appendingPathComponent(file).path,
        toPath: (library as NSString).appendingPathComponent(file))
    }
    return library
  }
}
