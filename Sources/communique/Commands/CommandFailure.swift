import ArgumentParser
import CommuniqueCore
import Foundation

/// An error shown to the user as one line on standard error, with an exit code.
struct CommandFailure: Error, CustomStringConvertible {
  /// The line shown (without the program name).
  let message: String
  /// The process exit code.
  let code: Int32

  init(_ message: String, code: Int32 = 1) {
    self.message = message
    self.code = code
  }

  var description: String { message }
}

/// Writes problems and warnings to standard error, one line each.
enum Diagnostics {
  /// Reports each unusable file.
  static func report(_ problems: [LibraryProblem]) {
    for problem in problems { warn(problem.line) }
  }

  /// One line on standard error, prefixed with the program name.
  static func warn(_ line: String) {
    FileHandle.standardError.write(Data("communique\u{00A0}: \(StandardOutput.safe(line))\n".utf8))
  }
}

extension ParsableCommand {
  /// Runs `body`, turning a `CommandFailure` into its line and exit code.
  func reportingFailures(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let failure as CommandFailure {
      Diagnostics.warn(failure.message)
      throw ExitCode(failure.code)
    }
  }
}
