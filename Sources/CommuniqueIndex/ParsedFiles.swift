import CommuniqueCore

/// What parsing files given by name gave: the releases that could be read and a problem per
/// file that could not.
public struct ParsedFiles: Sendable {
  /// Parsed releases, in the order the files were given.
  public var releases: [Release]
  /// Files that were skipped, with why.
  public var problems: [LibraryProblem]
}
