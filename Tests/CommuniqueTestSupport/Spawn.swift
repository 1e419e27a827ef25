import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program with `posix_spawn` (not `Foundation.Process`, which waits for pipes that a
/// daemon such as the tmux server inherits), with a clean signal mask and no inherited file
/// descriptors beyond the standard three.
public enum Spawn {
  /// The result of a finished program.
  public struct Result: Sendable {
    /// The exit status (128 + signal when killed by a signal).
    public var status: Int32
    /// What it wrote on standard output.
    public var output: String
  }

  /// Runs a program to completion; standard output is captured when `capture` is true and
  /// discarded otherwise, standard error is discarded.
  @discardableResult
  public static func run(_ path: String, _ arguments: [String], capture: Bool = true) -> Result {
    markDescriptorsCloseOnExec()
    var fds: [Int32] = [-1, -1]
    if capture {
      _ = pipe(&fds)
      for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGWINCH, SIGHUP] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    if capture { close(fds[1]) }
    guard spawned == 0 else {
      if capture { close(fds[0]) }
      return Result(status: 127, output: "")
    }
    var output: [UInt8] = []
    if capture {
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = read(fds[0], &buffer, buffer.count)
        if count <= 0 { break }
        output += buffer[0..<count]
      }
      close(fds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Result(status: code, output: String(decoding: output, as: UTF8.self))
  }

  /// The full path of a program found on `PATH`, if any.
  public static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { access($0, X_OK) == 0 }
  }

  /// The test process's own descriptors must not leak into long-lived children.
  private static func markDescriptorsCloseOnExec() {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
    else { return }
    for fd in names.compactMap({ Int32($0) }) where fd > 2 {
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
  }
}
