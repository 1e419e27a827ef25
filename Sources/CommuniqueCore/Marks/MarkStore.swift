/// Where the read and flagged marks are kept between sessions (the state folder on disk, or
/// memory in tests).
///
/// Each change names only the releases it touches, so two readers sharing one store lose
/// nothing of each other's changes.
public protocol MarkStore: Sendable {
  /// Every mark kept.
  func marks() throws -> ReleaseMarks

  /// Puts `mark` on the releases `ids` (`on`) or takes it off.
  func set(_ mark: ReleaseMark, _ on: Bool, ids: [String]) throws
}
