import CommuniqueIndex
import Foundation

/// The command line on an indexed library, as a person runs it: `communique list`,
/// `contacts`, `partners` and `show ID`, each a process of its own (the `communique`
/// executable built beside this one), its output to `/dev/null`; the median of `runs`.
enum CommandLatency {
  /// Why the commands cannot be measured.
  struct Failure: Error, CustomStringConvertible {
    /// What went wrong, in French.
    let description: String
  }

  /// Runs the four commands on `folder` (already indexed, with its cache under
  /// `cacheHome/communique` when given, else the user's) and prints their times.
  static func measure(folder: String, cacheHome: String?, runs: Int) throws {
    let executable = Platform.executable.deletingLastPathComponent()
      .appendingPathComponent("communique")
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw Failure(
        description:
          "\(executable.path) introuvable\u{00A0}: construisez-le (swift build -c release)")
    }
    let cache = cacheHome.map { ($0 as NSString).appendingPathComponent("communique") }
    let summaries = try ReleaseIndex.open(folder: folder, cacheFolder: cache).summaries()
    guard !summaries.isEmpty else { throw Failure(description: "\(folder)\u{00A0}: index vide") }
    let middle = summaries[summaries.count / 2].id
    var environment = ProcessInfo.processInfo.environment
    if let cacheHome { environment["XDG_CACHE_HOME"] = cacheHome }
    var figures: [String] = []
    for arguments in [["list"], ["contacts"], ["partners"], ["show", middle]] {
      var times: [Double] = []
      for _ in 0..<max(1, runs) {
        times.append(
          try Stopwatch.time {
            try run(executable, arguments + ["--library", folder], environment: environment)
          })
      }
      let label = arguments == ["show", middle] ? "show ID" : arguments[0]
      figures.append("\(label) \(Stopwatch.format(times.sorted()[times.count / 2]))")
    }
    Console.line(
      "commandes sur l’index (\(summaries.count) communiqués, médiane sur \(max(1, runs)))\u{00A0}: "
        + figures.joined(separator: ", "))
  }

  /// Runs `executable` with `arguments`, its output to `/dev/null`, and waits for it with
  /// `waitpid` (Foundation's `Process` notices the end only every 50 ms).
  private static func run(_ executable: URL, _ arguments: [String], environment: [String: String])
    throws
  {
    let command = ([executable.path] + arguments).map(quoted).joined(separator: " ")
    let shell: [String] = ["/bin/sh", "-c", "exec \(command) >/dev/null 2>&1"]
    let argv: [UnsafeMutablePointer<CChar>?] = shell.map { strdup($0) }
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") }
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    var status: Int32 = 0
    guard posix_spawn(&pid, "/bin/sh", nil, nil, argv + [nil], envp + [nil]) == 0,
      waitpid(pid, &status, 0) == pid, status == 0
    else {
      throw Failure(description: "communique \(arguments.joined(separator: " "))\u{00A0}: échec")
    }
  }

  /// `text` quoted for the shell.
  private static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
