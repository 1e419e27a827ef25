import CommuniqueTUI

/// The cost of key presses in the reader: each press through `update`, its effects and
/// `Screen.render`, as p50 and p95, with the part spent in the index.
enum KeyPresses {
  /// Presses `key` `times` times and prints the percentiles.
  static func measure(
    _ label: String, repeating key: Key, times: Int, on reader: inout IndexedReader
  ) {
    var samples: [(total: Double, index: Double)] = []
    for _ in 0..<times {
      var index = 0.0
      let total = Stopwatch.time { index = reader.send(.key(key)) }
      samples.append((total, index))
    }
    report(label, samples)
  }

  /// Types each word in a library search (`/`, one letter at a time, then Esc) and prints the
  /// percentiles over the keystrokes.
  static func measureLibrarySearch(typing words: [String], on reader: inout IndexedReader) {
    var samples: [(total: Double, index: Double)] = []
    for word in words {
      reader.send(.key(.character("/")))
      for letter in word {
        var index = 0.0
        let total = Stopwatch.time { index = reader.send(.key(.character(letter))) }
        samples.append((total, index))
      }
      reader.send(.key(.escape))
    }
    report("recherche dans la bibliothèque, une frappe", samples)
  }

  private static func report(_ label: String, _ samples: [(total: Double, index: Double)]) {
    let totals = samples.map(\.total).sorted()
    let indexTimes = samples.map(\.index).sorted()
    Console.line(
      "touche \(label) (\(samples.count) appuis)\u{00A0}: "
        + "p50 \(Stopwatch.format(percentile(totals, 50))), "
        + "p95 \(Stopwatch.format(percentile(totals, 95)))\u{00A0}; dont index p50 "
        + "\(Stopwatch.format(percentile(indexTimes, 50))), "
        + "p95 \(Stopwatch.format(percentile(indexTimes, 95)))")
  }

  private static func percentile(_ sorted: [Double], _ percent: Int) -> Double {
    sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * percent / 100)]
  }
}
