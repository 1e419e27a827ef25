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
  public var line: String { "\(path)\u{00A0}: \(message)" }
}
