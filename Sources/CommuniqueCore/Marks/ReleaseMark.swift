/// A mark a reader puts on a release and keeps across sessions.
public enum ReleaseMark: String, CaseIterable, Equatable, Hashable, Sendable {
  /// The release has been read.
  case read
  /// The release is flagged, to come back to it.
  case flagged
}
