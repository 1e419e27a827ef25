import Foundation

/// Wall-clock timing and memory figures for the benchmarks.
enum Stopwatch {
  /// Seconds taken by `body`.
  static func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// `seconds` in ms below one second, in s above.
  static func format(_ seconds: Double) -> String {
    seconds < 1 ? String(format: "%.1f ms", seconds * 1_000) : String(format: "%.2f s", seconds)
  }

  /// The process's peak resident memory so far, in MB: `VmHWM` in `/proc/self/status`, the
  /// high-water mark of this program alone (after `exec`, `getrusage` also counts the peak of
  /// the process that started it), or `getrusage` where there is no `/proc`.
  static func peakMemoryMB() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    if let kilobytes = line?.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap({
      Int($0)
    }) {
      return kilobytes / 1_024
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1_024
  }
}
