/// Finds many words and names in a text in one left-to-right pass: at each word start, only
/// the needles that begin with that letter and go on with the next one are tried, longest
/// first, and a match is never overlapped by another. Linear in the text for a fixed set of
/// needles.
struct WordSearch<Tag: Sendable>: Sendable {
  private struct Needle: Sendable {
    var scalars: [Unicode.Scalar]
    var caseSensitive: Bool
    var tag: Tag
    /// The last of `scalars`, compared first: needles that open alike (`Organisation …`)
    /// mostly end on different letters.
    var last: Unicode.Scalar
  }

  /// The needles of one first letter that go on with `second` (folded), longest first.
  private struct Group: Sendable {
    var second: Unicode.Scalar
    var needles: [Needle]
  }

  /// The needles of one first letter: by their folded second letter, and those of one letter.
  private struct Bucket: Sendable {
    var groups: [Group] = []
    var single: [Needle] = []

    mutating func add(_ needle: Needle) {
      guard needle.scalars.count > 1 else {
        single.append(needle)
        return
      }
      let second = ScalarText.fold(needle.scalars[1])
      if let index = groups.firstIndex(where: { $0.second == second }) {
        groups[index].needles.append(needle)
      } else {
        groups.append(Group(second: second, needles: [needle]))
      }
    }

    mutating func sortLongestFirst() {
      for index in groups.indices {
        groups[index].needles.sort { $0.scalars.count > $1.scalars.count }
      }
    }
  }

  /// The buckets of the folded first scalars below `latinLimit` that open a needle.
  private var latin: [Bucket] = []
  /// The position in `latin` of the bucket of each scalar value, -1 for none: read at every
  /// scalar of a text (no hashing), where copying a bucket out (its arrays retained and
  /// released) cost more; a search made per release makes no empty bucket.
  private var latinSlots: [Int32] = Array(repeating: -1, count: latinLimit)
  /// Buckets whose first scalar is beyond `latinLimit`.
  private var others: [Unicode.Scalar: Bucket] = [:]
  /// Whether the bucket of each scalar value holds a needle of one or two scalars.
  private var latinShort: [Bool] = Array(repeating: false, count: latinLimit)
  /// The first three folded scalars of every needle of three scalars or more, as bits of
  /// `OpeningBits`: a word whose bit is clear can only be matched by a shorter needle.
  private var openings = OpeningBits()

  /// Prepares a search for `needles`; case-insensitive needles also ignore `’`/`'`.
  init(_ needles: [(text: String, caseSensitive: Bool, tag: Tag)]) {
    for needle in needles {
      let scalars = ScalarText.scalars(of: needle.text, folding: !needle.caseSensitive)
      guard let first = scalars.first else { continue }
      if scalars.count >= 3 {
        // Case-insensitive needles are folded already.
        let fold = { (scalar: Unicode.Scalar) in
          needle.caseSensitive ? ScalarText.fold(scalar) : scalar
        }
        openings.insert(fold(scalars[0]), fold(scalars[1]), fold(scalars[2]))
      }
      let key = needle.caseSensitive ? ScalarText.fold(first) : first
      let entry = Needle(
        scalars: scalars, caseSensitive: needle.caseSensitive, tag: needle.tag,
        last: scalars[scalars.count - 1])
      if key.value < latinLimit {
        if latinSlots[Int(key.value)] < 0 {
          latinSlots[Int(key.value)] = Int32(latin.count)
          latin.append(Bucket())
        }
        latin[Int(latinSlots[Int(key.value)])].add(entry)
      } else {
        others[key, default: Bucket()].add(entry)
      }
    }
    for value in latinSlots.indices where latinSlots[value] >= 0 {
      let slot = Int(latinSlots[value])
      latin[slot].sortLongestFirst()
      latinShort[value] =
        !latin[slot].single.isEmpty
        || latin[slot].groups.contains { $0.needles.contains { $0.scalars.count < 3 } }
    }
    for key in others.keys { others[key]!.sortLongestFirst() }
  }

  /// Every match in `text`, left to right.
  ///
  /// Reads the text, the tables and the needles through buffer pointers: copying a needle or
  /// an array at each step (a reference count up and down) cost more than the comparisons.
  func matches(in text: ScalarText) -> [(range: Range<Int>, tag: Tag)] {
    var result: [(range: Range<Int>, tag: Tag)] = []
    let hasOthers = !others.isEmpty
    text.scalars.withUnsafeBufferPointer { scalars in
      text.folded.withUnsafeBufferPointer { folded in
        latinSlots.withUnsafeBufferPointer { latinSlots in
          latin.withUnsafeBufferPointer { latin in
            latinShort.withUnsafeBufferPointer { latinShort in
              openings.bits.withUnsafeBufferPointer { openings in
                WordScalars.withTable { words in
                  var index = 0
                  while index < scalars.count {
                    let first = folded[index]
                    let found: (range: Range<Int>, tag: Tag)?
                    if first.value < latinLimit {
                      let slot = latinSlots[Int(first.value)]
                      if slot >= 0, WordScalars.isBoundary(before: index, scalars, words),
                        latinShort[Int(first.value)] || index + 2 >= folded.count
                          || OpeningBits.holds(
                            openings, first, folded[index + 1], folded[index + 2])
                      {
                        found = match(
                          latin, Int(slot), at: index, scalars: scalars, folded: folded,
                          words: words)
                      } else {
                        found = nil
                      }
                    } else if hasOthers, let bucket = others[first],
                      WordScalars.isBoundary(before: index, scalars, words)
                    {
                      found = withUnsafePointer(to: bucket) { bucket in
                        match(
                          UnsafeBufferPointer(start: bucket, count: 1), 0, at: index,
                          scalars: scalars, folded: folded, words: words)
                      }
                    } else {
                      found = nil
                    }
                    if let found {
                      result.append(found)
                      index = found.range.upperBound
                    } else {
                      index += 1
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return result
  }

  /// The longest needle of `buckets[slot]` at `index`: those that go on with the text's next
  /// letter, then those of one letter. The bucket is read in place (copying it out retained
  /// its arrays).
  private func match(
    _ buckets: UnsafeBufferPointer<Bucket>, _ slot: Int, at index: Int,
    scalars: UnsafeBufferPointer<Unicode.Scalar>, folded: UnsafeBufferPointer<Unicode.Scalar>,
    words: UnsafeBufferPointer<Bool>
  ) -> (range: Range<Int>, tag: Tag)? {
    if index + 1 < scalars.count {
      let second = folded[index + 1]
      let found = buckets[slot].groups.withUnsafeBufferPointer {
        groups -> (range: Range<Int>, tag: Tag)? in
        for group in groups.indices where groups[group].second == second {
          if let found = match(
            groups[group].needles, at: index, scalars: scalars, folded: folded, words: words)
          {
            return found
          }
        }
        return nil
      }
      if let found { return found }
    }
    return match(buckets[slot].single, at: index, scalars: scalars, folded: folded, words: words)
  }

  private func match(
    _ needles: [Needle], at index: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>,
    folded: UnsafeBufferPointer<Unicode.Scalar>, words: UnsafeBufferPointer<Bool>
  ) -> (range: Range<Int>, tag: Tag)? {
    needles.withUnsafeBufferPointer { needles in
      for position in needles.indices {
        let end = index + needles[position].scalars.count
        guard end <= scalars.count else { continue }
        let haystack = needles[position].caseSensitive ? scalars : folded
        if haystack[end - 1] == needles[position].last,
          haystack[index..<end].elementsEqual(needles[position].scalars)
            && WordScalars.isBoundary(after: end, scalars, words)
        {
          return (index..<end, needles[position].tag)
        }
      }
      return nil
    }
  }
}

/// The first three folded scalars of the needles, as bits of a table indexed by a hash of
/// the three: a clear bit says no needle opens so; a set bit may be another opening's.
private struct OpeningBits: Sendable {
  /// `1 << shift` bits.
  private static let shift: UInt32 = 12
  private(set) var bits: [UInt64] = Array(repeating: 0, count: 1 << (Int(shift) - 6))

  mutating func insert(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar) {
    let bit = Self.bit(first, second, third)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether the bit of the opening is set in `bits`.
  @inline(__always)
  static func holds(
    _ bits: UnsafeBufferPointer<UInt64>, _ first: Unicode.Scalar, _ second: Unicode.Scalar,
    _ third: Unicode.Scalar
  ) -> Bool {
    let bit = bit(first, second, third)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The bit of an opening: a multiplicative hash of its three scalars.
  @inline(__always)
  private static func bit(
    _ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar
  ) -> Int {
    let mixed =
      (first.value &* 0x9E37_79B1) ^ (second.value &* 0x85EB_CA77) ^ (third.value &* 0xC2B2_AE3D)
    return Int((mixed &* 0x27D4_EB2F) >> (32 - shift))
  }
}

/// The scalar values below which `WordSearch` finds needles by direct index (Latin scripts).
private let latinLimit = 0x300
