@testable import CommuniqueCore

/// The role-word cue and the role-word alternation of the apposition patterns that the scanners
/// replaced (`ReplacedPatterns`): kept with the oracles, which are their only users now.
extension NamePattern {
  /// `roleWordPieces` as one alternation.
  static let roleWord = "(?:" + roleWordPieces.joined(separator: "|") + ")"

  /// What every word of `roleWord` starts with: the pattern cut at each `|`, each piece up to
  /// its first group or optional letter (`représentante?` → `représentant`,
  /// `coordinat(?:eur|rice)` → `coordinat` and `rice`). The pieces from inside a group are
  /// extra literals: they make the test pass more texts, never fewer.
  static let roleWordStarts: [String] = {
    roleWordPieces.map { alternative in
      var start = ""
      for character in alternative {
        if character == "?" {
          start.removeLast()
          break
        }
        if character == "(" || character == "[" { break }
        start.append(character)
      }
      return start
    }
  }()

  private static let roleWordStartSet = LiteralSet(roleWordStarts)

  /// Whether some role word of `text` comes after `precedes`: white space is skipped before
  /// the role word, and `precedes` gets the text before that space and whether there was any.
  /// A cheap test on the bytes that spares the name patterns texts where no role can follow
  /// a comma or an article.
  static func hasRoleWord(
    in text: String, after precedes: (Substring.UnicodeScalarView, Bool) -> Bool
  ) -> Bool {
    let substring = Substring(text)
    // A role word right after a letter has neither space nor comma before it.
    for offset in roleWordStartSet.wordStarts(in: text) {
      var head = substring.unicodeScalars[..<text.utf8.index(text.startIndex, offsetBy: offset)]
      var spaced = false
      while let last = head.last, last.properties.isWhitespace {
        head.removeLast()
        spaced = true
      }
      if precedes(head, spaced) { return true }
    }
    return false
  }
}
