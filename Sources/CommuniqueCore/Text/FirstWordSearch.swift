/// Finds many names in a text in one left-to-right pass, as `WordSearch` finds them (the
/// longest needle at each word boundary, ties to the one given first, no match overlapping
/// another), but tries at each boundary only the needles whose first word is the text's
/// word there: the folded word is hashed once and looked up in a table, instead of walking
/// the needles of its first letters. Tags are numbers: the positions of the distinct tags in
/// `tags`, in the order the needles give them.
///
/// A needle's first word is its scalars up to the first that belongs to no word (the test of
/// `WordScalars`); folding keeps a scalar in or out of words, so the text matches a needle
/// only where its own word, folded, is the needle's first word, folded.
struct FirstWordSearch: Sendable {
  /// One needle: its scalars (folded unless case-sensitive) in `scalars` from `start`.
  private struct Needle: Sendable {
    var start: Int
    var count: Int
    var caseSensitive: Bool
    var tag: Int
  }

  /// The needles of one first word: its hash and length in scalars, and the positions in
  /// `needles` of those that open with it, longest first, then in the order given.
  private struct Group: Sendable {
    var hash: UInt64
    var length: Int
    var needles: Range<Int>
  }

  /// The distinct tags (as `String`s compare): a match's tag is a position in it.
  let tags: [String]
  /// The needles' scalars, one after the other.
  private var scalars: [Unicode.Scalar] = []
  /// The needles, grouped by first word.
  private var needles: [Needle] = []
  private var groups: [Group] = []
  /// Open addressing of `groups` by the hash's top bits: a group's position, or -1.
  private var slots: [Int32]
  /// Whether a needle opens with a scalar outside words (tried at every such scalar).
  private var hasEmptyFirstWord = false
  /// `64 - log2(slots.count)`.
  private let shift: UInt64

  /// Prepares a search for `needles`; case-insensitive needles are compared folded, so they
  /// also ignore `’`/`'`.
  init(_ needles: [(text: String, caseSensitive: Bool, tag: String)]) {
    var tags: [String] = []
    var tagPositions: [TextKey: Int] = [:]
    tagPositions.reserveCapacity(needles.count)
    var bits = 4
    while 1 << bits < needles.count * 4 { bits += 1 }
    slots = Array(repeating: -1, count: 1 << bits)
    shift = UInt64(64 - bits)
    // Each needle with its first word's hash and length, then sorted into groups.
    var entries: [(hash: UInt64, length: Int, needle: Needle, order: Int)] = []
    entries.reserveCapacity(needles.count)
    for (order, needle) in needles.enumerated() {
      let original = ScalarText.scalars(of: needle.text, folding: false)
      guard !original.isEmpty else { continue }
      let tag = tagPositions[TextKey(needle.tag), default: tags.count]
      if tag == tags.count {
        tagPositions[TextKey(needle.tag)] = tag
        tags.append(needle.tag)
      }
      let length = original.prefix(while: Self.isWordScalar).count
      // The text's word is hashed folded: so is the needle's, case-sensitive or not.
      let hash = original.prefix(length).reduce(FNV1a.empty) { Self.mix($0, ScalarText.fold($1)) }
      entries.append(
        (
          hash, length,
          Needle(
            start: scalars.count, count: original.count, caseSensitive: needle.caseSensitive,
            tag: tag), order
        ))
      // `ScalarText.scalars(of:folding: true)` is the scalars folded one by one.
      scalars += needle.caseSensitive ? original : original.map(ScalarText.fold)
      if length == 0 { hasEmptyFirstWord = true }
    }
    self.tags = tags
    entries.sort {
      ($0.hash, $0.length, -$0.needle.count, $0.order) < (
        $1.hash, $1.length, -$1.needle.count, $1.order
      )
    }
    var index = 0
    while index < entries.count {
      var end = index
      while end < entries.count, entries[end].hash == entries[index].hash,
        entries[end].length == entries[index].length
      {
        self.needles.append(entries[end].needle)
        end += 1
      }
      insert(Group(hash: entries[index].hash, length: entries[index].length, needles: index..<end))
      index = end
    }
  }

  /// Places `group` in `slots`.
  private mutating func insert(_ group: Group) {
    var slot = Int(Self.spread(group.hash, group.length) >> shift)
    while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
    slots[slot] = Int32(groups.count)
    groups.append(group)
  }

  /// Every match in `text`, left to right, as scalar offsets and tag positions.
  func matches(in text: ScalarText) -> [(range: Range<Int>, tag: Int)] {
    var result: [(range: Range<Int>, tag: Int)] = []
    text.scalars.withUnsafeBufferPointer { textScalars in
      text.folded.withUnsafeBufferPointer { folded in
        WordScalars.withTable { words in
          scalars.withUnsafeBufferPointer { needleScalars in
            needles.withUnsafeBufferPointer { needles in
              groups.withUnsafeBufferPointer { groups in
                slots.withUnsafeBufferPointer { slots in
                  let tables = Tables(
                    text: textScalars, folded: folded, words: words, scalars: needleScalars,
                    needles: needles, groups: groups, slots: slots)
                  search(tables, into: &result)
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
    let text: UnsafeBufferPointer<Unicode.Scalar>
    let folded: UnsafeBufferPointer<Unicode.Scalar>
    let words: UnsafeBufferPointer<Bool>
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let needles: UnsafeBufferPointer<Needle>
    let groups: UnsafeBufferPointer<Group>
    let slots: UnsafeBufferPointer<Int32>

    /// Whether the text's scalar at `index` (below the text's end) belongs to a word: from the
    /// table where it reaches; no scalar of General Punctuation (U+2000…U+206F: spaces, dashes,
    /// quotes) does; `WordScalars` answers for the others.
    @inline(__always)
    func isWord(_ index: Int) -> Bool {
      let value = text[index].value
      if Int(value) < words.count { return words[Int(value)] }
      if value >= 0x2000 && value < 0x2070 { return false }
      return !WordScalars.isBoundary(after: index, text, words)
    }
  }

  /// The walk over the text's word boundaries.
  private func search(_ tables: Tables, into result: inout [(range: Range<Int>, tag: Int)]) {
    let count = tables.text.count
    // Each `index` the loop stops at is a word boundary (`WordScalars.isBoundary(before:)`).
    var index = 0
    while index < count {
      var end = index
      var hash = FNV1a.empty
      while end < count, tables.isWord(end) {
        hash = Self.mix(hash, tables.folded[end])
        end += 1
      }
      if end > index || hasEmptyFirstWord,
        let found = match(tables, at: index, hash: hash, length: end - index)
      {
        result.append(found)
        index = found.range.upperBound
        if index > 0 && index < count && tables.isWord(index - 1) { index += 1 }
      } else {
        // Inside the word nothing starts; after it, its next scalar (no word's) follows a word.
        index = end > index ? end + 1 : index + 1
      }
    }
  }

  /// The first needle of the group of the first word (hash, length) at `index` that matches.
  @inline(__always)
  private func match(_ tables: Tables, at index: Int, hash: UInt64, length: Int) -> (
    range: Range<Int>, tag: Int
  )? {
    var slot = Int(Self.spread(hash, length) >> shift)
    let mask = tables.slots.count - 1
    while tables.slots[slot] >= 0 {
      let group = tables.groups[Int(tables.slots[slot])]
      if group.hash == hash && group.length == length {
        for position in group.needles {
          let needle = tables.needles[position]
          let end = index + needle.count
          guard end <= tables.text.count else { continue }
          let haystack = needle.caseSensitive ? tables.text : tables.folded
          // After the first word first: the group's needles differ there, they share the word.
          if equal(haystack, from: index, tables.scalars, from: needle.start, length..<needle.count)
            && equal(haystack, from: index, tables.scalars, from: needle.start, 0..<length)
            && (end == tables.text.count || !tables.isWord(end))
          {
            return (index..<end, needle.tag)
          }
        }
        return nil
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Whether the scalars `offsets` of `text` from `start` are those of `needle` from
  /// `needleStart`.
  @inline(__always)
  private func equal(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int,
    _ needle: UnsafeBufferPointer<Unicode.Scalar>, from needleStart: Int, _ offsets: Range<Int>
  ) -> Bool {
    for offset in offsets where text[start + offset] != needle[needleStart + offset] {
      return false
    }
    return true
  }

  /// One scalar more in a word's hash.
  @inline(__always)
  private static func mix(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
    FNV1a.step(hash, UInt64(scalar.value))
  }

  /// The hash and length spread over the top bits, to pick a slot.
  @inline(__always)
  private static func spread(_ hash: UInt64, _ length: Int) -> UInt64 {
    (hash ^ UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
  }

  /// Whether `scalar` belongs to a word (`WordScalars`' test).
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    withUnsafePointer(to: scalar) { pointer in
      WordScalars.withTable {
        !WordScalars.isBoundary(after: 0, UnsafeBufferPointer(start: pointer, count: 1), $0)
      }
    }
  }
}
