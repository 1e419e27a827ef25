import CommuniqueIndex
import Foundation

/// Search latency over a set of queries: p50, p95 and maximum.
enum SearchLatency {
  /// Runs every query (limit 20) and prints the percentiles and the largest match count.
  static func measure(_ index: ReleaseIndex, queries: [String], libraryCount: Int) throws {
    var measured: [(query: String, seconds: Double)] = []
    var widest = (query: "", total: 0)
    for query in queries {
      var total = 0
      measured.append(
        (query, try Stopwatch.time { total = try index.search(query, limit: 20).total }))
      if total > widest.total { widest = (query, total) }
    }
    let times = measured.map(\.seconds).sorted()
    let p50 = times[times.count / 2]
    let p95 = times[min(times.count - 1, times.count * 95 / 100)]
    Console.line(
      "recherche sur \(times.count) requêtes\u{00A0}: p50 \(Stopwatch.format(p50)), "
        + "p95 \(Stopwatch.format(p95)), max \(Stopwatch.format(times.last ?? 0))")
    let slowest = measured.sorted { $0.seconds > $1.seconds }.prefix(5)
      .map { "«\u{00A0}\($0.query)\u{00A0}» \(Stopwatch.format($0.seconds))" }
    Console.line("les plus lentes\u{00A0}: " + slowest.joined(separator: ", "))
    Console.line(
      "requête la plus large\u{00A0}: «\u{00A0}\(widest.query)\u{00A0}», \(widest.total) sur \(libraryCount)"
    )
  }
}
