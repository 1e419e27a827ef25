/// Finds many words and names in a text in one left-to-right pass: at each word start, only
/// the needles that begin with that letter are tried, longest first, each first checked on
/// its second letter, and a match is never overlapped by another. Linear in the text for a
/// fixed set of needles.
struct WordSearch<Tag: Sendable>: Sendable {
  private struct Needle: Sendable {
    var scalars: [Unicode.Scalar]
    var caseSensitive: Bool
    var tag: Tag
  }

  /// Needles by the value of their folded first scalar, for Latin scripts (no hashing).
  private var latin: [[Needle]] = Array(repeating: [], count: latinLimit)
  /// Needles whose first scalar is beyond `latinLimit`.
  private var others: [Unicode.Scalar: [Needle]] = [:]

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
        latin[Int(key.value)].append(entry)
      } else {
        others[key, default: []].append(entry)
      }
    }
    for index in latin.indices { latin[index].sort { $0.scalars.count > $1.scalars.count } }
    for key in others.keys { others[key]!.sort { $0.scalars.count > $1.scalars.count } }
  }

  /// Every match in `text`, left to right.
  func matches(in text: ScalarText) -> [(range: Range<Int>, tag: Tag)] {
    var result: [(range: Range<Int>, tag: Tag)] = []
    var index = 0
    let count = text.scalars.count
    while index < count {
      let first = text.folded[index]
      let candidates =
        first.value < latinLimit ? latin[Int(first.value)] : others[first] ?? []
      guard !candidates.isEmpty, text.isBoundary(before: index) else {
        index += 1
        continue
      }
      var matched: (range: Range<Int>, tag: Tag)?
      for needle in candidates where index + needle.scalars.count <= count {
        let haystack = needle.caseSensitive ? text.scalars : text.folded
        let end = index + needle.scalars.count
        if needle.scalars.count > 1 && haystack[index + 1] != needle.scalars[1] { continue }
        if haystack[index..<end].elementsEqual(needle.scalars) && text.isBoundary(after: end) {
          matched = (index..<end, needle.tag)
          break
        }
      }
      if let matched {
        result.append(matched)
        index = matched.range.upperBound
      } else {
        index += 1
      }
    }
    return result
  }
}

/// The scalar values below which `WordSearch` finds needles by direct index (Latin scripts).
private let latinLimit = 0x300
