/// The three panes of the reader.
public enum Pane: CaseIterable, Equatable, Hashable, Sendable {
  /// The list of releases.
  case list
  /// The release being read.
  case reading
  /// Partners, people and contacts of the release.
  case side
}
