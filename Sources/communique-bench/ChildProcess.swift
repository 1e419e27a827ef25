import Foundation

/// A program run as a process of its own, its output to `/dev/null`, waited for with `waitpid`
/// (Foundation's `Process` notices the end only every 50 ms), timed.
struct ChildProcess {
  /// Why a program could not be run, or failed.
  struct Failure: Error, CustomStringConvertible {
    /// What went wrong, in French.
    let description: String
  }

  /// What a run cost.
  struct Cost {
    /// Wall-clock seconds, from the start to the end of the process.
    var seconds: Double
    /// Processor seconds (user and system), when `/usr/bin/time` measured them.
    var processorSeconds: Double?
    /// The process's peak resident memory in MB, when `/usr/bin/time` measured it.
    var peakMemoryMB: Int?
  }

  /// GNU time, which reports its child's own peak memory: `ru_maxrss` of a process started
  /// by `posix_spawn` from this one would count this one's peak too (the spawned process
  /// shares this one's memory until it runs `exec`).
  private static let time = "/usr/bin/time"

  /// The program's path.
  let executable: String
  /// Its arguments.
  let arguments: [String]
  /// Its whole environment.
  let environment: [String: String]

  /// Runs the program and waits for it; with `measuringMemory`, through `/usr/bin/time` when
  /// it is there.
  /// - Throws: `Failure` when it cannot be started or exits with a status other than 0.
  func run(measuringMemory: Bool = false) throws -> Cost {
    let report =
      measuringMemory && FileManager.default.isExecutableFile(atPath: Self.time)
      ? NSTemporaryDirectory() + "communique-bench-time-\(getpid())" : nil
    defer { if let report { try? FileManager.default.removeItem(atPath: report) } }
    let command =
      report.map { [Self.time, "-f", "%e %U %S %M", "-o", $0, executable] } ?? [executable]
    let seconds = try Stopwatch.time { try spawn(command + arguments) }
    var cost = Cost(seconds: seconds)
    if let report {
      let figures = ((try? String(contentsOfFile: report, encoding: .utf8)) ?? "")
        .split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
      if figures.count == 4 {
        cost.processorSeconds = figures[1] + figures[2]
        cost.peakMemoryMB = Int(figures[3]) / 1_024
      }
    }
    return cost
  }

  private func spawn(_ command: [String]) throws {
    let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) }
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") }
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in [1, 2] {
      posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
    }
    var pid: pid_t = 0
    var status: Int32 = 0
    let name = ([executable] + arguments).joined(separator: " ")
    guard posix_spawn(&pid, command[0], &actions, nil, argv + [nil], envp + [nil]) == 0 else {
      throw Failure(description: "\(name)\u{00A0}: impossible de le lancer")
    }
    guard waitpid(pid, &status, 0) == pid, status == 0 else {
      throw Failure(description: "\(name)\u{00A0}: échec (statut \(status))")
    }
  }
}

extension ChildProcess.Cost: CustomStringConvertible {
  /// `12.30 s (processeur 20.10 s, 180 Mo au plus)`, what was measured.
  var description: String {
    var details: [String] = []
    if let processorSeconds {
      details.append("processeur \(Stopwatch.format(processorSeconds))")
    }
    if let peakMemoryMB { details.append("\(peakMemoryMB) Mo au plus") }
    let suffix = details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"
    return Stopwatch.format(seconds) + suffix
  }
}
