import CommuniqueIndex
import Foundation

/// Search latency over a set of queries, p50, p95 and maximum: the reader's live pass while
/// typing (`firstPassSearch`) and the exact ranking (`search`, as `communique search`), then
/// the exact ranking of the words found in most releases. The first exact ranking, timed
/// apart, also reads every row's size (`RowSizes`).
enum SearchLatency {
  /// Words found in most releases of the synthetic corpus: their exact ranking scores nearly
  /// every release.
  static let commonWords = ["migrants", "oim"]

  /// Runs every query both ways (limit 20) and prints the percentiles, the slowest queries and
  /// the largest match count, then times the common words' exact ranking.
  static func measure(_ index: ReleaseIndex, queries: [String], libraryCount: Int) throws {
    let first = try Stopwatch.time { _ = try index.search(commonWords[0], limit: 20) }
    Console.line(
      "premier classement exact («\u{00A0}\(commonWords[0])\u{00A0}», tailles des lignes lues)\u{00A0}: "
        + Stopwatch.format(first))
    let live = try time(queries) { try index.firstPassSearch($0, limit: 20).total }
    report("passe rapide (frappe)", live)
    let exact = try time(queries) { try index.search($0, limit: 20).total }
    report("classement exact", exact)
    if let widest = exact.max(by: { $0.total < $1.total }) {
      Console.line(
        "requête la plus large\u{00A0}: «\u{00A0}\(widest.query)\u{00A0}», \(widest.total) sur \(libraryCount)"
      )
    }
    for word in commonWords {
      let runs = try time(Array(repeating: word, count: 5)) {
        try index.search($0, limit: 20).total
      }
      let times = runs.map(\.seconds).sorted()
      Console.line(
        "classement exact de «\u{00A0}\(word)\u{00A0}» (\(runs[0].total) résultats, 5 fois)\u{00A0}: "
          + "médiane \(Stopwatch.format(times[times.count / 2])), "
          + "max \(Stopwatch.format(times.last ?? 0))")
    }
  }

  private typealias Sample = (query: String, seconds: Double, total: Int)

  private static func time(_ queries: [String], _ search: (String) throws -> Int) throws
    -> [Sample]
  {
    try queries.map { query in
      var total = 0
      let seconds = try Stopwatch.time { total = try search(query) }
      return (query, seconds, total)
    }
  }

  private static func report(_ label: String, _ samples: [Sample]) {
    let times = samples.map(\.seconds).sorted()
    let p50 = times[times.count / 2]
    let p95 = times[min(times.count - 1, times.count * 95 / 100)]
    Console.line(
      "recherche, \(label), \(times.count) requêtes\u{00A0}: p50 \(Stopwatch.format(p50)), "
        + "p95 \(Stopwatch.format(p95)), max \(Stopwatch.format(times.last ?? 0))")
    let slowest = samples.sorted { $0.seconds > $1.seconds }.prefix(5)
      .map { "«\u{00A0}\($0.query)\u{00A0}» \(Stopwatch.format($0.seconds))" }
    Console.line("  les plus lentes\u{00A0}: " + slowest.joined(separator: ", "))
  }
}
