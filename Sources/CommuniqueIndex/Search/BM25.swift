import Foundation

/// bm25 as SQLite's FTS5 computes it (`fts5_aux.c`: k1 = 1.2, b = 0.75, an IDF of at least
/// 1e-6), with the same operations in the same order, so that a score is the one `bm25()`
/// returns, to the bit.
struct BM25: Equatable {
  static let k1 = 1.2
  static let b = 0.75

  /// The IDF of each phrase of the query, in FTS5's phrase order.
  var idf: [Double]
  /// The average number of tokens in a row.
  var averageSize: Double

  /// The constants of a query over `rows` rows holding `tokens` tokens in all, where phrase
  /// `i` is found in `hits[i]` rows.
  init(rows: Int64, tokens: Int64, hits: [Int64]) {
    averageSize = Double(tokens) / Double(rows)
    idf = hits.map { hit in
      let idf = log((Double(rows - hit) + 0.5) / (Double(hit) + 0.5))
      return idf <= 0 ? 1e-6 : idf
    }
  }

  /// The score of a row of `size` tokens where phrase `i` has the weighted frequency
  /// `frequencies[i]` (each instance counts its column's weight); lower is better.
  func score(frequencies: UnsafeMutableBufferPointer<Double>, size: Double) -> Double {
    let k1 = Self.k1
    let b = Self.b
    var score = 0.0
    for phrase in idf.indices {
      let frequency = frequencies[phrase]
      score +=
        idf[phrase]
        * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * size / averageSize)))
    }
    return -1.0 * score
  }
}
