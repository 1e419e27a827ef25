import CommuniqueCore
import Foundation

/// Standard output (and error) as the commands write them: whether it is a terminal, how
/// wide, and text made safe to print.
enum StandardOutput {
  /// Whether standard output is a terminal.
  static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Whether ANSI colours and attributes may be used on standard output.
  static var allowsStyling: Bool {
    let environment = ProcessInfo.processInfo.environment
    return isInteractive && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
  }

  /// The terminal's width in columns, when standard output is a terminal.
  static var width: Int? {
    guard isInteractive else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// `text` with anything that could drive a terminal removed.
  static func safe(_ text: String) -> String {
    let clean = Sanitiser.clean(text)
    guard clean.utf8.contains(UInt8(ascii: "\n")) else { return clean }
    return clean.replacingOccurrences(of: "\n", with: " ")
  }
}
