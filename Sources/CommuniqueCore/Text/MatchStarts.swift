/// Where the matches of a pattern can start, found on the UTF-8 bytes of a text, and how far
/// a match can reach from there: a pattern given them is tried, anchored, at those offsets
/// only, instead of by the regular expression engine at every position of the text.
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
}
