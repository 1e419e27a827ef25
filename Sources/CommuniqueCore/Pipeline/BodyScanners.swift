/// The scanners of bodies named by pattern (`Conseil « … »`, `Cluster Abris`, `Ministère des
/// affaires sociales`, `gouvernement libyen`, `par la police`), run in one walk over a
/// paragraph's bytes: each scanner is tried where it would have been had it walked alone
/// (at a byte it can start with, after no ASCII letter, from the end of its last match on),
/// so each finds the matches it found alone.
struct BodyScanners: Sendable {
  let guillemet: GuillemetBodyScanner
  let cluster: ClusterScanner
  let institution: InstitutionScanner
  let national: NationalBodyScanner
  let bare: BareBodyScanner
  /// For each byte, the scanners (bits in the order above) that a match can start with it.
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
    let sets = [
      guillemet.firstBytes, cluster.firstBytes, institution.firstBytes, national.firstBytes,
      bare.firstBytes,
    ]
    starts = (0...255).map { byte in
      var mask: UInt8 = 0
      for (bit, set) in sets.enumerated() where set.contains(UInt8(byte)) { mask |= 1 << bit }
      return mask
    }
  }

  /// The matches of each scanner in `text`, as UTF-8 offsets, in the order of the
  /// properties: each scanner's first to last, none overlapping.
  func ranges(in text: String) -> [[Range<Int>]] {
    text.utf8.withContiguousStorageIfAvailable { ranges(in: $0, of: text) }
      ?? Array(text.utf8).withUnsafeBufferPointer { ranges(in: $0, of: text) }
  }

  /// All the matches in `text`: the guillemet bodies', then the clusters', the
  /// institutions', the national bodies' and the bare bodies'.
  func matches(in text: String) -> [Pattern.Match] {
    ranges(in: text).joined().map { Pattern.Match(range: text.range(ofUTF8: $0), groups: []) }
  }

  /// `ranges(in:)` on the bytes of `text`.
  private func ranges(in bytes: UnsafeBufferPointer<UInt8>, of text: String) -> [[Range<Int>]] {
    let whole = NameText(bytes: bytes, floor: 0, limit: bytes.count)
    let wholeString = NameText(bytes: bytes, floor: 0, limit: bytes.count, string: text)
    var found: [[Range<Int>]] = Array(repeating: [], count: 5)
    // Where each scanner's search goes on.
    var resume = (0, 0, 0, 0, 0)
    var afterLetter = false
    for offset in 0..<bytes.count {
      let byte = bytes[offset]
      defer { afterLetter = (0x61...0x7A).contains(byte | 0x20) }
      let mask = starts[Int(byte)]
      guard mask != 0, !afterLetter else { continue }
      if mask & 1 != 0, offset >= resume.0 {
        let (range, next) = guillemet.match(at: offset, whole: wholeString)
        if let range { found[0].append(range) }
        resume.0 = next
      }
      if mask & 2 != 0, offset >= resume.1 {
        let (range, next) = cluster.match(at: offset, whole: wholeString)
        if let range { found[1].append(range) }
        resume.1 = next
      }
      if mask & 4 != 0, offset >= resume.2 {
        let (range, next) = institution.match(at: offset, in: bytes, whole: whole)
        if let range { found[2].append(range) }
        resume.2 = next
      }
      if mask & 8 != 0, offset >= resume.3 {
        let (range, next) = national.match(at: offset, in: bytes, whole: whole)
        if let range { found[3].append(range) }
        resume.3 = next
      }
      if mask & 16 != 0, offset >= resume.4 {
        let (range, next) = bare.match(at: offset, in: bytes, whole: whole)
        if let range { found[4].append(range) }
        resume.4 = next
      }
    }
    return found
  }
}
