/// Where the matches of a pattern can start, found on the UTF-8 bytes of a text, and how far
/// a match can reach from there: a pattern given them is tried, anchored, at those offsets
/// only, instead of by the regular expression engine at every position of the text.
///
/// The patterns that use it read names: a match holds only letters, white space, hyphens,
/// apostrophes and other non-ASCII scalars, and what their look-aheads read past a match is
/// one scalar. So a match ends before the first other ASCII byte after its start, and the
/// text the engine is given can stop right after that byte.
struct MatchStarts: Sendable {
  /// The literals every match starts with (byte for byte).
  private let literals: LiteralSet
  /// The most UTF-8 bytes a match (and what its look-ahead reads) spans.
  let reach: Int
  /// How many scalars before a match its look-behind reads.
  let lookBehind: Int

  /// Matches start with one of `literals`.
  static func literals(_ literals: [String], reach: Int, lookBehind: Int = 1) -> MatchStarts {
    MatchStarts(literals: LiteralSet(literals), reach: reach, lookBehind: lookBehind)
  }

  /// UTF-8 offsets in `text`, in increasing order, that include the start of every match.
  func offsets(in text: String) -> [Int] {
    literals.starts(in: text)
  }

  /// The UTF-8 offset, in `bytes`, where the text tried from `start` can end: `reach` bytes
  /// on (backed off to a scalar boundary) or just after the first ASCII byte a name cannot
  /// hold, whichever comes first.
  func windowEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    Self.windowEnd(in: bytes, from: start, reach: reach)
  }

  /// The UTF-8 offset, in `bytes`, where a text read for a name from `start` can end: `reach`
  /// bytes on (backed off to a scalar boundary) or just after the first ASCII byte a name
  /// cannot hold, whichever comes first.
  static func windowEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, reach: Int) -> Int {
    let limit = min(bytes.count, start + reach)
    var offset = start
    while offset < limit {
      let byte = bytes[offset]
      offset += 1
      if byte < 0x80 && !nameBytes[Int(byte)] { return offset }
    }
    while offset < bytes.count && offset > start && bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }

  /// The ASCII bytes a name may hold: letters, white space, `-` and `'`.
  private static let nameBytes: [Bool] = (0..<128).map { byte in
    let scalar = Unicode.Scalar(UInt8(byte))
    return scalar.properties.isAlphabetic || scalar.properties.isWhitespace || scalar == "-"
      || scalar == "'"
  }
}
