/// What a list shows of a release without its text: id, full title and dateline place.
public struct ReleaseSummary: Sendable, Equatable, Hashable, Identifiable {
  /// The release id (content hash).
  public var id: String
  /// The full title, subtitle included.
  public var title: String
  /// The dateline's place, when the release has one.
  public var place: String?

  /// Creates a summary from its parts.
  public init(id: String, title: String, place: String?) {
    self.id = id
    self.title = title
    self.place = place
  }

  /// The summary of a parsed release.
  public init(_ release: Release) {
    self.init(id: release.id, title: release.fullTitle, place: release.dateline?.place)
  }
}
