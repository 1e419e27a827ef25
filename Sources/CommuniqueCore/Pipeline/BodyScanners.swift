/// The scanners of bodies named by pattern (`Conseil « … »`, `Cluster Abris`, `Ministère des
/// affaires sociales`, `gouvernement libyen`, `par la police`), run in one walk over a
/// paragraph's bytes: each scanner is tried where it would have been had it walked alone
/// (where one of its literals may open, after no ASCII letter, from the end of its last match
/// on), so each finds the matches it found alone.
struct BodyScanners: Sendable {
  let guillemet: GuillemetBodyScanner
  let cluster: ClusterScanner
  let institution: InstitutionScanner
  let national: NationalBodyScanner
  let bare: BareBodyScanner
  /// For each pair of bytes (the first times 256 plus the second), the scanners (bits in the
  /// order above) with a literal that opens with them: nowhere else can their matches start.
  private let starts: [UInt8]

  init(
    guillemet: GuillemetBodyScanner, cluster: ClusterScanner, institution: InstitutionScanner,
    national: NationalBodyScanner, bare: BareBodyScanner
  ) {
    self.guillemet = guillemet
    self.cluster = cluster
    self.institution = institution
    self.national = national
    self.bare = bare
    let openings = [
      guillemet.openings, cluster.openings, institution.openings, national.openings,
      bare.openings,
    ]
    var starts = [UInt8](repeating: 0, count: 0x10000)
    for (bit, literals) in openings.enumerated() {
      for literal in literals {
        let bytes = Array(literal.utf8)
        precondition(bytes.count >= 2)
        starts[Int(bytes[0]) << 8 | Int(bytes[1])] |= 1 << bit
      }
    }
    self.starts = starts
  }

  /// The matches of each scanner in `text`, as UTF-8 offsets, in the order of the
  /// properties: each scanner's first to last, none overlapping.
  func ranges(in text: String) -> [[Range<Int>]] {
    let found = found(in: text)
    return [found.0, found.1, found.2, found.3, found.4]
  }

  /// All the matches in `text`: the guillemet bodies', then the clusters', the
  /// institutions', the national bodies' and the bare bodies' (none made into an array of
  /// arrays first; most paragraphs have none at all).
  func matches(in text: String) -> [Pattern.Match] {
    let found = found(in: text)
    let count = found.0.count + found.1.count + found.2.count + found.3.count + found.4.count
    guard count > 0 else { return [] }
    var matches: [Pattern.Match] = []
    matches.reserveCapacity(count)
    /// Appends the matches at `ranges`.
    func add(_ ranges: [Range<Int>]) {
      for range in ranges {
        matches.append(Pattern.Match(range: text.range(ofUTF8: range), groups: []))
      }
    }
    add(found.0)
    add(found.1)
    add(found.2)
    add(found.3)
    add(found.4)
    return matches
  }

  /// The matches of each scanner in `text`, as UTF-8 offsets.
  private func found(in text: String) -> Found {
    text.utf8.withContiguousStorageIfAvailable { found(in: $0, of: text) }
      ?? Array(text.utf8).withUnsafeBufferPointer { found(in: $0, of: text) }
  }

  /// `found(in:)` on the bytes of `text`.
  private func found(in bytes: UnsafeBufferPointer<UInt8>, of text: String) -> Found {
    starts.withUnsafeBufferPointer { starts in found(in: bytes, of: text, starts: starts) }
  }

  /// `found(in:of:)`, the table `starts` at hand.
  private func found(
    in bytes: UnsafeBufferPointer<UInt8>, of text: String, starts: UnsafeBufferPointer<UInt8>
  ) -> Found {
    var found: Found = ([], [], [], [], [])
    // Every literal has two bytes: none opens at the last byte.
    guard bytes.count >= 2 else { return found }
    let whole = NameText(bytes: bytes, floor: 0, limit: bytes.count)
    let wholeString = NameText(bytes: bytes, floor: 0, limit: bytes.count, string: text)
    // Where each scanner's search goes on.
    var resume = (0, 0, 0, 0, 0)
    let last = bytes.count - 1
    // Each `offset` the loop stops at follows no ASCII letter.
    var offset = 0
    while offset < last {
      let byte = bytes[offset]
      let mask = starts[Int(byte) << 8 | Int(bytes[offset + 1])]
      if mask != 0 {
        scan(mask, at: offset, in: bytes, whole, wholeString, &resume, &found)
      }
      offset += 1
      if isASCIILetter(byte) {
        // The rest of the word, and the byte after it, follow a letter: nothing starts there.
        offset = wordEnd(in: bytes, from: offset, last: last) + 1
      }
    }
    return found
  }

  /// Each scanner's matches, in the order of the properties.
  private typealias Found = (
    [Range<Int>], [Range<Int>], [Range<Int>], [Range<Int>], [Range<Int>]
  )

  /// Tries the scanners of `mask` at `offset` that have not matched past it, records their
  /// matches in `found` and where each goes on in `resume`.
  @inline(__always)
  private func scan(
    _ mask: UInt8, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, _ whole: NameText,
    _ wholeString: NameText, _ resume: inout (Int, Int, Int, Int, Int),
    _ found: inout Found
  ) {
    if mask & 1 != 0, offset >= resume.0 {
      let (range, next) = guillemet.match(at: offset, whole: wholeString)
      if let range { found.0.append(range) }
      resume.0 = next
    }
    if mask & 2 != 0, offset >= resume.1 {
      let (range, next) = cluster.match(at: offset, whole: wholeString)
      if let range { found.1.append(range) }
      resume.1 = next
    }
    if mask & 4 != 0, offset >= resume.2 {
      let (range, next) = institution.match(at: offset, in: bytes, whole: whole)
      if let range { found.2.append(range) }
      resume.2 = next
    }
    if mask & 8 != 0, offset >= resume.3 {
      let (range, next) = national.match(at: offset, in: bytes, whole: whole)
      if let range { found.3.append(range) }
      resume.3 = next
    }
    if mask & 16 != 0, offset >= resume.4 {
      let (range, next) = bare.match(at: offset, in: bytes, whole: whole)
      if let range { found.4.append(range) }
      resume.4 = next
    }
  }
}

/// The offset of the first byte from `offset` on that is no ASCII letter, or `last` if it
/// comes later: eight bytes at a time, then one by one.
@inline(__always)
private func wordEnd(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, last: Int) -> Int {
  var offset = offset
  while offset + 8 <= bytes.count {
    let others = notASCIILetters(ByteWord.load(bytes, at: offset))
    if others != 0 { return offset + others.trailingZeroBitCount >> 3 }
    offset += 8
  }
  while offset < last, isASCIILetter(bytes[offset]) { offset += 1 }
  return offset
}

/// Bit 7 of each of the eight bytes of `word` that is no ASCII letter. In lower case (bit 5
/// set) and without bit 7, a letter is from `a` (0x61) on and before `{` (0x7B): adding 0x1F
/// and 0x05 sets bit 7 from those bytes on, with no carry out of a byte.
@inline(__always)
private func notASCIILetters(_ word: UInt64) -> UInt64 {
  let lower = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
  let letters = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505) & ~word
  return ~letters & ByteWord.highs
}

/// Whether `byte` is an ASCII letter, which no body scanner's match follows.
@inline(__always)
private func isASCIILetter(_ byte: UInt8) -> Bool {
  (0x61...0x7A).contains(byte | 0x20)
}
