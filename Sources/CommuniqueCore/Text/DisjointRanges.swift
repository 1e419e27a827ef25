/// Ranges put together as their union, for the question a scanner asks of each match it
/// finds: does it overlap one of them (`Range.overlaps` with any)? Kept sorted, merged where
/// they overlap or touch, so that the answer is a binary search: a list walked at every match
/// made a paragraph with thousands of matches (a text of one line) quadratic.
struct DisjointRanges<Bound: Comparable> {
  /// The union, as sorted ranges that neither overlap nor touch; none empty.
  private(set) var ranges: [Range<Bound>] = []

  /// Adds `range` to the union (an empty range adds nothing).
  mutating func insert(_ range: Range<Bound>) {
    guard !range.isEmpty else { return }
    let first = firstIndex { $0.upperBound >= range.lowerBound }
    var last = first
    var merged = range
    while last < ranges.count, ranges[last].lowerBound <= merged.upperBound {
      merged =
        min(
          merged.lowerBound, ranges[last].lowerBound)..<max(
          merged.upperBound, ranges[last].upperBound)
      last += 1
    }
    ranges.replaceSubrange(first..<last, with: CollectionOfOne(merged))
  }

  /// Adds every range of `other`.
  mutating func insert(contentsOf other: some Sequence<Range<Bound>>) {
    for range in other { insert(range) }
  }

  /// Whether `range` shares an element with the union: with one of the ranges added.
  func overlaps(_ range: Range<Bound>) -> Bool {
    guard !range.isEmpty else { return false }
    let index = firstIndex { $0.upperBound > range.lowerBound }
    return index < ranges.count && ranges[index].lowerBound < range.upperBound
  }

  /// The first position of `ranges` whose range `ends` says yes to, `ranges.count` if none;
  /// `ends` holds from some position on (the upper bounds increase).
  private func firstIndex(where ends: (Range<Bound>) -> Bool) -> Int {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ends(ranges[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
