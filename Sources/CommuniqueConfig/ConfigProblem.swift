/// One entry of the configuration file that could not be used: the reader starts with that
/// entry's default and shows this line.
public struct ConfigProblem: Equatable, Sendable {
  /// The file's path.
  public var file: String
  /// The line of the entry, from 1, when it is known.
  public var line: Int?
  /// What is wrong and what to do, in French.
  public var message: String

  /// Creates a problem.
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// The line shown: file, line, what is wrong and what to do.
  public var text: String {
    file + (line.map { ", ligne \($0)" } ?? "") + "\u{A0}: " + message
  }
}
