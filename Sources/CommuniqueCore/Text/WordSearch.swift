/// Finds many words and names in a text in one left-to-right pass: at each word start, only
/// the needles that begin with that letter and go on with the next one are tried, longest
/// first, and a match is never overlapped by another. Linear in the text for a fixed set of
/// needles.
struct WordSearch<Tag: Sendable>: Sendable {
  private struct Needle: Sendable {
    var scalars: [Unicode.Scalar]
    var caseSensitive: Bool
    var tag: Tag
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

    var isEmpty: Bool { groups.isEmpty && single.isEmpty }

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

  /// Buckets by the value of their folded first scalar, for Latin scripts (no hashing).
  private var latin: [Bucket] = Array(repeating: Bucket(), count: latinLimit)
  /// Buckets whose first scalar is beyond `latinLimit`.
  private var others: [Unicode.Scalar: Bucket] = [:]

  /// Prepares a search for `needles`; case-insensitive needles also ignore `’`/`'`.
  init(_ needles: [(text: String, caseSensitive: Bool, tag: Tag)]) {
    for needle in needles {
      let scalars =
        needle.caseSensitive
        ? Array(needle.text.unicodeScalars) : needle.text.unicodeScalars.map(ScalarText.fold)
      guard let first = scalars.first else { continue }
      let key = needle.caseSensitive ? ScalarText.fold(first) : first
      let entry = Needle(scalars: scalars, caseSensitive: needle.caseSensitive, tag: needle.tag)
      if key.value < latinLimit {
        latin[Int(key.value)].add(entry)
      } else {
        others[key, default: Bucket()].add(entry)
      }
    }
    for index in latin.indices { latin[index].sortLongestFirst() }
    for key in others.keys { others[key]!.sortLongestFirst() }
  }

  /// Every match in `text`, left to right.
  ///
  /// Reads the text and the needles through buffer pointers: copying a needle or an array at
  /// each step (a reference count up and down) cost more than the comparisons.
  func matches(in text: ScalarText) -> [(range: Range<Int>, tag: Tag)] {
    var result: [(range: Range<Int>, tag: Tag)] = []
    text.scalars.withUnsafeBufferPointer { scalars in
      text.folded.withUnsafeBufferPointer { folded in
        var index = 0
        while index < scalars.count {
          let first = folded[index]
          let found = latin.withUnsafeBufferPointer { latin -> (range: Range<Int>, tag: Tag)? in
            if first.value < latinLimit {
              let bucket = latin[Int(first.value)]
              guard !bucket.isEmpty, text.isBoundary(before: index) else { return nil }
              return match(bucket, at: index, scalars: scalars, folded: folded, in: text)
            }
            guard let bucket = others[first], text.isBoundary(before: index) else { return nil }
            return match(bucket, at: index, scalars: scalars, folded: folded, in: text)
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
    return result
  }

  /// The longest needle of `bucket` at `index`: those that go on with the text's next letter,
  /// then those of one letter.
  private func match(
    _ bucket: Bucket, at index: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>,
    folded: UnsafeBufferPointer<Unicode.Scalar>, in text: ScalarText
  ) -> (range: Range<Int>, tag: Tag)? {
    if index + 1 < scalars.count {
      let second = folded[index + 1]
      for group in bucket.groups where group.second == second {
        if let found = match(group.needles, at: index, scalars: scalars, folded: folded, in: text) {
          return found
        }
      }
    }
    return match(bucket.single, at: index, scalars: scalars, folded: folded, in: text)
  }

  private func match(
    _ needles: [Needle], at index: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>,
    folded: UnsafeBufferPointer<Unicode.Scalar>, in text: ScalarText
  ) -> (range: Range<Int>, tag: Tag)? {
    needles.withUnsafeBufferPointer { needles in
      for position in needles.indices {
        let end = index + needles[position].scalars.count
        guard end <= scalars.count else { continue }
        let haystack = needles[position].caseSensitive ? scalars : folded
        if haystack[index..<end].elementsEqual(needles[position].scalars)
          && text.isBoundary(after: end)
        {
          return (index..<end, needles[position].tag)
        }
      }
      return nil
    }
  }
}

/// The scalar values below which `WordSearch` finds needles by direct index (Latin scripts).
private let latinLimit = 0x300
