import Foundation

/// What the systems the benchmark runs on provide differently (it is measured on Linux; the
/// other branch is for macOS).
enum Platform {
  /// This program's executable, to start it again as a process of its own.
  static var executable: URL {
    #if os(Linux)
      URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    #else
      Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    #endif
  }

  /// The `communique` executable built beside this one.
  /// - Throws: `ChildProcess.Failure` when it is not there.
  static func communique() throws -> String {
    let path = executable.deletingLastPathComponent().appendingPathComponent("communique").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw ChildProcess.Failure(
        description: "\(path) introuvable\u{00A0}: construisez-le (swift build -c release)")
    }
    return path
  }

  /// The process's peak resident memory so far, in MB. On Linux, `VmHWM` in
  /// `/proc/self/status`: the high-water mark of this program alone (after `exec`,
  /// `getrusage` also counts the peak of the process that started it). Elsewhere
  /// `getrusage`, whose `ru_maxrss` is in bytes on macOS.
  static func peakMemoryMB() -> Int {
    #if os(Linux)
      let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
      let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
      let kilobytes = line?.split(whereSeparator: \.isWhitespace).dropFirst().first
      return kilobytes.flatMap { Int($0) }.map { $0 / 1_024 } ?? 0
    #else
      var usage = rusage()
      getrusage(RUSAGE_SELF, &usage)
      return usage.ru_maxrss / 1_048_576
    #endif
  }
}
