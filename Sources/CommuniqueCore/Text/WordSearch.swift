/// Finds many words and names in a text in one left-to-right pass: at each word start, only
/// the needles that begin with that letter and go on with the next one are tried, longest
/// first, and a match is never overlapped by another. Linear in the text for a fixed set of
/// needles.
///
/// Made once per release (its organisations and people), so its tables are flat: the needles'
/// scalars in one array, the needles, groups and buckets as ranges of other arrays, rather
/// than an array per needle and per group to allocate, retain and free.
struct WordSearch<Tag: Sendable>: Sendable {
  /// One needle: its scalars (folded unless case-sensitive) in `scalars` from `start`.
  private struct Needle: Sendable {
    var start: Int
    var count: Int
    var caseSensitive: Bool
    var tag: Tag
    /// The last of its scalars, compared first: needles that open alike (`Organisation …`)
    /// mostly end on different letters.
    var last: Unicode.Scalar
  }

  /// The needles of one first letter that go on with `second` (folded), longest first: a
  /// range of `needles`.
  private struct Group: Sendable {
    var second: Unicode.Scalar
    var needles: Range<Int>
  }

  /// The needles of one first letter: its groups (a range of `groups`) by folded second
  /// letter, and those of one letter (a range of `needles`).
  private struct Bucket: Sendable {
    var groups: Range<Int>
    var single: Range<Int>
  }

  /// The needles' scalars, one after the other.
  private var scalars: [Unicode.Scalar] = []
  /// The needles, by bucket, then group (the single ones last), then longest first.
  private var needles: [Needle] = []
  private var groups: [Group] = []
  /// The buckets of the folded first scalars below `latinLimit` that open a needle.
  private var latin: [Bucket] = []
  /// The position in `latin` of the bucket of each scalar value, -1 for none: read at every
  /// scalar of a text (no hashing).
  private var latinSlots: [Int32] = Array(repeating: -1, count: latinLimit)
  /// Buckets whose first scalar is beyond `latinLimit`.
  private var others: [Unicode.Scalar: Bucket] = [:]
  /// Whether the bucket of each scalar value holds a needle of one or two scalars.
  private var latinShort: [Bool] = Array(repeating: false, count: latinLimit)
  /// The first three folded scalars of every needle of three scalars or more, as bits of
  /// `OpeningBits`: a word whose bit is clear can only be matched by a shorter needle.
  private var openings = OpeningBits()

  /// A needle placed: its bucket's key (its first scalar folded), its folded second scalar
  /// (nil for a needle of one), and its position among the needles given.
  private struct Entry {
    var key: Unicode.Scalar
    var second: Unicode.Scalar?
    var order: Int
    var needle: Needle
  }

  /// Prepares a search for `needles`; case-insensitive needles also ignore `’`/`'`.
  init(_ needles: [(text: String, caseSensitive: Bool, tag: Tag)]) {
    var entries: [Entry] = []
    entries.reserveCapacity(needles.count)
    // A needle has no more scalars than bytes.
    let capacity = needles.reduce(0) { $0 + $1.text.utf8.count }
    scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, written in
      for (order, needle) in needles.enumerated() where !needle.text.utf8.isEmpty {
        let start = written
        written += ScalarText.decodeScalars(
          of: needle.text, folding: !needle.caseSensitive, into: buffer.baseAddress! + start)
        let count = written - start
        // Case-insensitive needles are folded already.
        let fold = { (scalar: Unicode.Scalar) in
          needle.caseSensitive ? ScalarText.fold(scalar) : scalar
        }
        if count >= 3 {
          openings.insert(fold(buffer[start]), fold(buffer[start + 1]), fold(buffer[start + 2]))
        }
        entries.append(
          Entry(
            key: fold(buffer[start]), second: count > 1 ? fold(buffer[start + 1]) : nil,
            order: order,
            needle: Needle(
              start: start, count: count, caseSensitive: needle.caseSensitive, tag: needle.tag,
              last: buffer[written - 1])))
      }
    }
    // By bucket; in a bucket the groups, then the single ones; in a group, longest first,
    // then in the order given.
    entries.sort { left, right in
      if left.key != right.key { return left.key.value < right.key.value }
      if (left.second == nil) != (right.second == nil) { return right.second == nil }
      if let first = left.second, let second = right.second, first != second {
        return first.value < second.value
      }
      if left.needle.count != right.needle.count { return left.needle.count > right.needle.count }
      return left.order < right.order
    }
    self.needles = entries.map(\.needle)
    var index = 0
    while index < entries.count {
      let key = entries[index].key
      let firstGroup = groups.count
      var short = false
      while index < entries.count, entries[index].key == key, let second = entries[index].second {
        let start = index
        while index < entries.count, entries[index].key == key, entries[index].second == second {
          short = short || entries[index].needle.count < 3
          index += 1
        }
        groups.append(Group(second: second, needles: start..<index))
      }
      let singleStart = index
      while index < entries.count, entries[index].key == key { index += 1 }
      short = short || index > singleStart
      let bucket = Bucket(groups: firstGroup..<groups.count, single: singleStart..<index)
      if key.value < latinLimit {
        latinSlots[Int(key.value)] = Int32(latin.count)
        latin.append(bucket)
        latinShort[Int(key.value)] = short
      } else {
        others[key] = bucket
      }
    }
  }

  /// Every match in `text`, left to right.
  ///
  /// Reads the text and the tables through buffer pointers: copying a needle or an array at
  /// each step (a reference count up and down) cost more than the comparisons.
  func matches(in text: ScalarText) -> [(range: Range<Int>, tag: Tag)] {
    var result: [(range: Range<Int>, tag: Tag)] = []
    let hasOthers = !others.isEmpty
    text.scalars.withUnsafeBufferPointer { textScalars in
      text.folded.withUnsafeBufferPointer { folded in
        latinSlots.withUnsafeBufferPointer { latinSlots in
          latin.withUnsafeBufferPointer { latin in
            latinShort.withUnsafeBufferPointer { latinShort in
              openings.bits.withUnsafeBufferPointer { openings in
                WordScalars.withTable { words in
                  scalars.withUnsafeBufferPointer { needleScalars in
                    needles.withUnsafeBufferPointer { needles in
                      groups.withUnsafeBufferPointer { groups in
                        let tables = Tables(
                          text: textScalars, folded: folded, scalars: needleScalars, words: words,
                          needles: needles, groups: groups)
                        var index = 0
                        while index < textScalars.count {
                          let first = folded[index]
                          var bucket: Bucket?
                          if first.value < latinLimit {
                            let slot = latinSlots[Int(first.value)]
                            if slot >= 0, WordScalars.isBoundary(before: index, textScalars, words),
                              latinShort[Int(first.value)] || index + 2 >= folded.count
                                || OpeningBits.holds(
                                  openings, first, folded[index + 1], folded[index + 2])
                            {
                              bucket = latin[Int(slot)]
                            }
                          } else if hasOthers, let found = others[first],
                            WordScalars.isBoundary(before: index, textScalars, words)
                          {
                            bucket = found
                          }
                          if let bucket, let found = tables.match(bucket, at: index) {
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
        }
      }
    }
    return result
  }

  /// The buffers a search reads.
  private struct Tables {
    /// The text's scalars, their folded twin, and the needles' scalars.
    let text, folded, scalars: UnsafeBufferPointer<Unicode.Scalar>
    let words: UnsafeBufferPointer<Bool>
    let needles: UnsafeBufferPointer<Needle>
    let groups: UnsafeBufferPointer<Group>

    /// The longest needle of `bucket` at `index`: those that go on with the text's next
    /// letter, then those of one letter.
    @inline(__always)
    func match(_ bucket: Bucket, at index: Int) -> (range: Range<Int>, tag: Tag)? {
      if index + 1 < text.count {
        let second = folded[index + 1]
        for group in bucket.groups where groups[group].second == second {
          if let found = match(groups[group].needles, at: index) { return found }
        }
      }
      return match(bucket.single, at: index)
    }

    /// The first of `needles` (positions in `self.needles`) that the text holds at `index`.
    @inline(__always)
    private func match(_ positions: Range<Int>, at index: Int) -> (range: Range<Int>, tag: Tag)? {
      for position in positions {
        let needle = needles[position]
        let end = index + needle.count
        guard end <= text.count else { continue }
        let haystack = needle.caseSensitive ? text : folded
        if haystack[end - 1] == needle.last,
          equal(haystack, from: index, needle), WordScalars.isBoundary(after: end, text, words)
        {
          return (index..<end, needle.tag)
        }
      }
      return nil
    }

    /// Whether `haystack` holds the scalars of `needle` from `start`.
    @inline(__always)
    private func equal(
      _ haystack: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, _ needle: Needle
    )
      -> Bool
    {
      for offset in 0..<needle.count
      where haystack[start + offset] != scalars[needle.start + offset] {
        return false
      }
      return true
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
