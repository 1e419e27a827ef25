/// A release named by a directory entry: its id and its title.
public struct ReleaseReference: Codable, Sendable, Equatable, Hashable {
  /// The release id (16 hex digits).
  public var id: String
  /// The release's full title.
  public var title: String

  /// A reference from its parts.
  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }

  /// The reference to a release.
  public init(_ release: Release) {
    self.init(id: release.id, title: release.fullTitle)
  }
}
