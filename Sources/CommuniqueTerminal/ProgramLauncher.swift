import Foundation

/// The one place that starts other programs (clipboard tools, `|`, the pager, the editor):
/// `posix_spawn` with a clean signal mask, and the wait for their exit status.
enum ProgramLauncher {
  /// Where a child's standard stream goes.
  enum Stream {
    /// The reader's own (the terminal, when it has been handed over).
    case inherited
    /// `/dev/null`.
    case null
    /// This open descriptor.
    case descriptor(Int32)
  }

  /// The full path of a program on the `PATH`.
  static func path(of name: String) -> String? {
    let search = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    return search.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
  }

  /// Starts `path` with `arguments` (the first is the program's name); its process id.
  static func spawn(
    _ path: String, _ arguments: [String], input: Stream, output: Stream, error: Stream
  ) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (number, stream) in [(Int32(0), input), (1, output), (2, error)] {
      switch stream {
      case .inherited: break
      case .null:
        posix_spawn_file_actions_addopen(
          &actions, number, "/dev/null", number == 0 ? O_RDONLY : O_WRONLY, 0)
      case .descriptor(let descriptor):
        posix_spawn_file_actions_adddup2(&actions, descriptor, number)
      }
    }
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

  /// The exit status (128 + the signal when killed); after `timeout` seconds the program is
  /// killed and nil returned. Without a timeout, waits as long as it runs.
  static func wait(for pid: pid_t, timeout: Double? = nil) -> Int32? {
    var status: Int32 = 0
    let deadline = timeout.map { Date().addingTimeInterval($0) }
    while true {
      let done = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
      if done == pid { return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F) }
      if done == -1, errno != EINTR { return -1 }
      if let deadline, Date() > deadline { break }
      if deadline != nil { usleep(10_000) }
    }
    kill(pid, SIGKILL)
    waitpid(pid, &status, 0)
    return nil
  }
}
