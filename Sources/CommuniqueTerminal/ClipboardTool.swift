import Foundation

/// Runs a clipboard program with the text on its standard input (a socket pair, so a program
/// that quits early cannot kill the reader with SIGPIPE), its output discarded, for at most
/// two seconds.
enum ClipboardTool {
  /// Runs `command`; nil when it succeeded, else why not, in French.
  static func run(_ command: [String], input: [UInt8]) -> String? {
    guard let name = command.first, let path = path(of: name) else {
      return "\(command.first ?? "?") est introuvable ; essayez --clipboard osc52."
    }
    var sockets: [Int32] = [-1, -1]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &sockets) == 0 else {
      return "impossible de lancer \(name)."
    }
    defer { close(sockets[0]) }
    _ = fcntl(sockets[0], F_SETFD, FD_CLOEXEC)
    guard let pid = spawn(path, command, stdin: sockets[1]) else {
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
    guard let status = wait(for: pid) else {
      return "\(name) ne répond pas."
    }
    guard status == 0 else { return "\(name) a échoué (code \(status))." }
    return sent == input.count ? nil : "\(name) n’a pas lu tout le texte."
  }

  /// The full path of a program on the `PATH`.
  static func path(of name: String) -> String? {
    let search = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    return search.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
  }

  private static func spawn(_ path: String, _ arguments: [String], stdin: Int32) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    return posix_spawn(&pid, path, &actions, &attributes, argv, environ) == 0 ? pid : nil
  }

  /// The exit status, or nil (and the program killed) after two seconds.
  private static func wait(for pid: pid_t) -> Int32? {
    var status: Int32 = 0
    for _ in 0..<200 {
      let done = waitpid(pid, &status, WNOHANG)
      if done == pid { return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F) }
      if done == -1, errno != EINTR { return -1 }
      usleep(10_000)
    }
    kill(pid, SIGKILL)
    waitpid(pid, &status, 0)
    return nil
  }
}
