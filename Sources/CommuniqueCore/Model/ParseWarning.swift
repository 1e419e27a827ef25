/// Something the parser could not make sense of; parsing goes on.
public struct ParseWarning: Codable, Sendable, Equatable {
  /// The 1-based line of the decoded source, when the warning is about one line.
  public var line: Int?
  /// A one-line explanation in French.
  public var message: String

  /// Creates a warning.
  public init(line: Int?, message: String) {
    self.line = line
    self.message = message
  }
}
