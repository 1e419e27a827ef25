/// Where the matches of a pattern can start, found on the UTF-8 bytes of a text, and how far
/// a match can reach from there: a pattern given them is tried, anchored, at those offsets
/// only, instead of by the regular expression engine at every position of the text.
struct MatchStarts: Sendable {
  /// UTF-8 offsets, in increasing order, that include the start of every match.
  let offsets: @Sendable (String) -> [Int]
  /// The most UTF-8 bytes a match (and what its look-ahead reads) spans.
  let reach: Int
  /// How many scalars before a match its look-behind reads.
  let lookBehind: Int

  /// Matches start with one of `literals` (byte for byte).
  static func literals(_ literals: [String], reach: Int, lookBehind: Int = 1) -> MatchStarts {
    let set = LiteralSet(literals)
    return MatchStarts(offsets: { set.starts(in: $0) }, reach: reach, lookBehind: lookBehind)
  }
}
