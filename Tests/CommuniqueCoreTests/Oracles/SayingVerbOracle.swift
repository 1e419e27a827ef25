@testable import CommuniqueCore

/// `Attribution.hasSayingVerb` as it was before `SayingVerbWords` read plain Latin clauses on
/// their bytes, kept as the oracle of `AttributionWordsOracleTests`.
enum SayingVerbOracle {
  /// Whether a saying verb stands among the first `limit` words of `clause`.
  static func hasSayingVerb(_ clause: String, within limit: Int) -> Bool {
    var count = 0
    var found = false
    forEachWord(of: clause) { word in
      if count >= limit { return false }
      count += 1
      var lower = word.lowercased()
      for elision in ["s’", "s'", "l’", "l'", "d’", "d'"] where lower.hasPrefix(elision) {
        lower.removeFirst(elision.count)
      }
      if PersonWords.sayingVerbs.contains(lower) || lower == "d’après" || lower == "d'après" {
        found = true
        return false
      }
      return true
    }
    return found
  }

  /// Calls `visit` with each word of `text` (letters and apostrophes, as
  /// `split(whereSeparator:)` cuts them) while it returns true.
  private static func forEachWord(of text: String, _ visit: (Substring) -> Bool) {
    if text.isPlainLatin {
      let isPart = { (scalar: Unicode.Scalar) in
        scalar.isASCII
          ? (scalar.value | 0x20) &- 0x61 < 26 || scalar == "'" : isWordPart(Character(scalar))
      }
      forEachWord(text.unicodeScalars, isPart: isPart) {
        visit(text[$0])
      }
    } else {
      forEachWord(text, isPart: isWordPart) { visit(text[$0]) }
    }
  }

  private static func isWordPart(_ character: Character) -> Bool {
    character.isLetter || character == "’" || character == "'"
  }

  /// `forEachWord(of:_:)` on a text's characters, or on its scalars when each is a character.
  private static func forEachWord<Units: BidirectionalCollection>(
    _ units: Units, isPart: (Units.Element) -> Bool, _ visit: (Range<Units.Index>) -> Bool
  ) {
    var index = units.startIndex
    while index < units.endIndex {
      guard isPart(units[index]) else {
        index = units.index(after: index)
        continue
      }
      var end = units.index(after: index)
      while end < units.endIndex, isPart(units[end]) { end = units.index(after: end) }
      guard visit(index..<end) else { return }
      index = end
    }
  }
}
