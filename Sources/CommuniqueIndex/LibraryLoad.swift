import CommuniqueCore

/// What loading a library gave: the releases that could be read and a problem per file that
/// could not.
public struct LibraryLoad: Sendable {
  /// Parsed releases, in file-name order.
  public var releases: [Release]
  /// Files that were skipped, with why.
  public var problems: [LibraryProblem]

  /// Creates a load result.
  public init(releases: [Release], problems: [LibraryProblem]) {
    self.releases = releases
    self.problems = problems
  }
}

/// A file of the library that could not be used, and why (one line of French).
public struct LibraryProblem: Sendable, Equatable {
  /// The file's path.
  public var path: String
  /// What went wrong and what to do.
  public var message: String

  /// Creates a problem.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  /// The line shown to a person: `fichier : problème`.
  public var line: String { "\(path) : \(message)" }
}
