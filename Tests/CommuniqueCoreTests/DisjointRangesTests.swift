import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `DisjointRanges` answers as the list of the ranges it was given, walked with
/// `Range.overlaps`: on random ranges (empty, nested, touching, overlapping) and queries.
@Suite struct DisjointRangesTests {
  static func randomRange(_ generator: inout SplitMix, within size: Int) -> Range<Int> {
    let start = generator.below(size)
    return start..<min(size, start + generator.below(generator.below(4) == 0 ? 40 : 6))
  }

  @Test(arguments: 0..<20)
  func overlapsAsTheListOfRanges(seed: Int) {
    var generator = SplitMix(state: UInt64(seed))
    let size = 20 + generator.below(400)
    var union = DisjointRanges<Int>()
    var list: [Range<Int>] = []
    var overlapping = 0
    for _ in 0..<(1 + generator.below(120)) {
      let range = Self.randomRange(&generator, within: size)
      union.insert(range)
      list.append(range)
      for _ in 0..<10 {
        let query = Self.randomRange(&generator, within: size)
        let expected = list.contains { $0.overlaps(query) }
        #expect(union.overlaps(query) == expected, "\(query) after \(list)")
        if expected { overlapping += 1 }
      }
    }
    // Sorted, none empty, none touching the next: what the binary search relies on.
    for (range, next) in zip(union.ranges, union.ranges.dropFirst()) {
      #expect(range.upperBound < next.lowerBound)
    }
    #expect(union.ranges.allSatisfy { !$0.isEmpty })
    #expect(overlapping > 0)
  }

  @Test func emptyRangesOverlapNothing() {
    var union = DisjointRanges<Int>()
    union.insert(3..<3)
    #expect(union.ranges.isEmpty)
    union.insert(0..<10)
    #expect(!union.overlaps(5..<5))
    #expect(union.overlaps(9..<12))
    #expect(!union.overlaps(10..<12))
    union.insert(10..<12)
    #expect(union.ranges == [0..<12])
  }
}
