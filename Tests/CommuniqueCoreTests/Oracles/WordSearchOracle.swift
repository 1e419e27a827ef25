@testable import CommuniqueCore

/// The `WordSearch` that the one reading its tables through buffers replaced, kept as its
/// oracle: finds many words and names in a text in one left-to-right pass: at each word
/// start, only the needles that begin with that letter and go on with the next one are tried,
/// longest first, and a match is never overlapped by another.
struct WordSearchOracle<Tag: Sendable>: Sendable {
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
  /// Whether `latin`'s bucket of each scalar value holds a needle: read at every scalar of a
  /// text, where copying a bucket out (its arrays retained and released) cost more.
  private var latinStarts: [Bool] = Array(repeating: false, count: latinLimit)
  /// Whether `latin`'s bucket of each scalar value holds a needle of one or two scalars.
  private var latinShort: [Bool] = Array(repeating: false, count: latinLimit)
  /// The first three folded scalars of every needle of three scalars or more: a word whose
  /// first three are not among them can only be matched by a shorter needle.
  private var openings: Set<Opening> = []

  /// Prepares a search for `needles`; case-insensitive needles also ignore `’`/`'`.
  init(_ needles: [(text: String, caseSensitive: Bool, tag: Tag)]) {
    for needle in needles {
      let scalars =
        needle.caseSensitive
        ? Array(needle.text.unicodeScalars) : needle.text.unicodeScalars.map(ScalarText.fold)
      guard let first = scalars.first else { continue }
      if scalars.count >= 3 {
        // Case-insensitive needles are folded already.
        let fold = { (scalar: Unicode.Scalar) in
          needle.caseSensitive ? ScalarText.fold(scalar) : scalar
        }
        openings.insert(Opening(fold(scalars[0]), fold(scalars[1]), fold(scalars[2])))
      }
      let key = needle.caseSensitive ? ScalarText.fold(first) : first
      let entry = Needle(
        scalars: scalars, caseSensitive: needle.caseSensitive, tag: needle.tag,
        last: scalars[scalars.count - 1])
      if key.value < latinLimit {
        latin[Int(key.value)].add(entry)
      } else {
        others[key, default: Bucket()].add(entry)
      }
    }
    for index in latin.indices {
      latin[index].sortLongestFirst()
      latinStarts[index] = !latin[index].isEmpty
      latinShort[index] =
        !latin[index].single.isEmpty
        || latin[index].groups.contains { $0.needles.contains { $0.scalars.count < 3 } }
    }
    for key in others.keys { others[key]!.sortLongestFirst() }
  }

  /// Every match in `text`, left to right.
  ///
  /// Reads the text and the needles through buffer pointers: copying a needle or an array at
  /// each step (a reference count up and down) cost more than the comparisons.
  func matches(in text: ScalarText) -> [(range: Range<Int>, tag: Tag)] {
    var result: [(range: Range<Int>, tag: Tag)] = []
    let hasOthers = !others.isEmpty
    text.scalars.withUnsafeBufferPointer { scalars in
      text.folded.withUnsafeBufferPointer { folded in
        latinStarts.withUnsafeBufferPointer { latinStarts in
          var index = 0
          while index < scalars.count {
            let first = folded[index]
            let found: (range: Range<Int>, tag: Tag)?
            if first.value < latinLimit {
              if latinStarts[Int(first.value)], text.isBoundary(before: index),
                latinShort[Int(first.value)] || index + 2 >= folded.count
                  || openings.contains(Opening(first, folded[index + 1], folded[index + 2]))
              {
                found = match(
                  latin[Int(first.value)], at: index, scalars: scalars, folded: folded, in: text)
              } else {
                found = nil
              }
            } else if hasOthers, let bucket = others[first], text.isBoundary(before: index) {
              found = match(bucket, at: index, scalars: scalars, folded: folded, in: text)
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
        if haystack[end - 1] == needles[position].last,
          haystack[index..<end].elementsEqual(needles[position].scalars)
            && text.isBoundary(after: end)
        {
          return (index..<end, needles[position].tag)
        }
      }
      return nil
    }
  }
}

/// The first three folded scalars of a needle or of a word of the text.
private struct Opening: Hashable, Sendable {
  let value: UInt64

  init(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar) {
    value = UInt64(first.value) << 42 | UInt64(second.value) << 21 | UInt64(third.value)
  }
}

/// The scalar values below which `WordSearch` finds needles by direct index (Latin scripts).
private let latinLimit = 0x300
