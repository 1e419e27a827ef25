import Foundation

/// Locates the project's test fixtures and sample releases.
public enum Fixtures {
  /// The repository root, found from this source file's location.
  public static let projectRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/Fixtures/`.
  public static let folder = projectRoot.appendingPathComponent("Tests/Fixtures")

  /// `Content/`, the two sample releases.
  public static let content = projectRoot.appendingPathComponent("Content")

  /// The bytes of a file in `Tests/Fixtures/`.
  public static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
  }
}
