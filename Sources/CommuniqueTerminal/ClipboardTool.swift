import Foundation

/// Runs a clipboard program with the text on its standard input (a socket pair, so a program
/// that quits early cannot kill the reader with SIGPIPE), its output discarded, for at most
/// two seconds.
enum ClipboardTool {
  /// Runs `command`; nil when it succeeded, else why not, in French.
  static func run(_ command: [String], input: [UInt8]) -> String? {
    guard let name = command.first, let path = path(of: name) else {
      return "\(command.first ?? "?") est introuvable\u{00A0}; essayez --clipboard osc52."
    }
    var sockets: [Int32] = [-1, -1]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &sockets) == 0 else {
      return "impossible de lancer \(name)."
    }
    defer { close(sockets[0]) }
    _ = fcntl(sockets[0], F_SETFD, FD_CLOEXEC)
    guard
      let pid = ProgramLauncher.spawn(
        path, command, input: .descriptor(sockets[1]), output: .null, error: .null)
    else {
      close(sockets[1])
      return "impossible de lancer \(name)."
    }
    close(sockets[1])
    var sent = 0
    while sent < input.count {
      let count = input[sent...].withUnsafeBufferPointer {
        send(sockets[0], $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      if count <= 0 { break }
      sent += count
    }
    shutdown(sockets[0], Int32(SHUT_WR))
    guard let status = ProgramLauncher.wait(for: pid, timeout: 2) else {
      return "\(name) ne répond pas."
    }
    guard status == 0 else { return "\(name) a échoué (code \(status))." }
    return sent == input.count ? nil : "\(name) n’a pas lu tout le texte."
  }

  /// The full path of a program on the `PATH`.
  static func path(of name: String) -> String? { ProgramLauncher.path(of: name) }
}
