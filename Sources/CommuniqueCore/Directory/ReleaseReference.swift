/// A release named by a directory entry: its id and its title.
public struct ReleaseReference: Codable, Sendable, Equatable, Hashable {
  /// The release id (16 hex digits).
  public var id: String
  /// The release's full title.
  public var title: String

  /// The reference to a release.
  public init(_ release: Release) {
    id = release.id
    title = release.fullTitle
  }
}
