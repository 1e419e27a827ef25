/// Why the terminal could not be used for the reader.
public enum TerminalError: Error, Equatable, Sendable {
  /// curses has no description for this `TERM`.
  case unknownTerminal(String)

  /// One line of French saying what and what to do.
  public var message: String {
    switch self {
    case .unknownTerminal(let name):
      "terminal «\u{00A0}\(name)\u{00A0}» inconnu de ncurses — essayez TERM=xterm-256color, "
        + "ou «\u{00A0}communique list\u{00A0}» / «\u{00A0}communique show ID\u{00A0}»"
    }
  }
}
