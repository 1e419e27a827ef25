/// The best `limit` of a stream of scored releases, and how many went by: a bounded heap whose
/// root is the worst match kept, so that a match no better than it costs one comparison.
///
/// Lower scores are better (bm25 is negative); between equal scores the newest release (the
/// larger rowid) is better, so that the order never depends on how the rows were read.
final class BestMatches {
  /// A release and its score.
  struct Match: Equatable {
    /// The release's rowid.
    var rowid: Int64
    /// Its score; lower is better.
    var score: Double

    /// Whether `self` ranks before `other`.
    func isBetter(than other: Match) -> Bool {
      score != other.score ? score < other.score : rowid > other.rowid
    }
  }

  /// How many matches are kept.
  let limit: Int
  /// How many matches were offered.
  private(set) var count = 0
  private var heap: [Match] = []

  /// Keeps the best `limit` matches.
  init(limit: Int) {
    self.limit = max(0, limit)
    heap.reserveCapacity(self.limit)
  }

  /// The matches kept, best first.
  var ranked: [Match] { heap.sorted { $0.isBetter(than: $1) } }

  /// Counts a match and keeps it when it is among the best so far.
  func offer(_ match: Match) {
    count += 1
    if heap.count < limit {
      heap.append(match)
      siftUp(heap.count - 1)
    } else if let worst = heap.first, match.isBetter(than: worst) {
      heap[0] = match
      siftDown(0)
    }
  }

  private func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[parent].isBetter(than: heap[child]) else { return }
      heap.swapAt(parent, child)
      child = parent
    }
  }

  private func siftDown(_ start: Int) {
    var parent = start
    while true {
      var worst = parent
      for child in [2 * parent + 1, 2 * parent + 2]
      where child < heap.count && heap[worst].isBetter(than: heap[child]) {
        worst = child
      }
      guard worst != parent else { return }
      heap.swapAt(parent, worst)
      parent = worst
    }
  }
}
