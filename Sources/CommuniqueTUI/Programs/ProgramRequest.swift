/// Another program the reader hands the terminal to, with the current release's clean text.
public struct ProgramRequest: Equatable, Sendable {
  /// Which program.
  public enum Kind: Equatable, Sendable {
    /// A shell command typed after `|`, the text on its standard input, its output kept for
    /// the status line.
    case pipe(command: String)
    /// `$PAGER` (default `less`), the text on its standard input.
    case pager
    /// `$VISUAL` or `$EDITOR` (default `vi`) on a temporary copy of the text, deleted after.
    case editor
  }

  /// Which program.
  public var kind: Kind
  /// The release whose text it gets.
  public var releaseID: String

  /// Creates a request.
  public init(kind: Kind, releaseID: String) {
    self.kind = kind
    self.releaseID = releaseID
  }
}
