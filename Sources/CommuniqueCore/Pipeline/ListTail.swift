/// The last item of a list of partners, read after the item before it: ` et Al-Wafa, …` names
/// `Al-Wafa`; ` et l’Agence …`, ` et la Banque …` skip the article.
///
/// What `^\s+et\s+(?:l['’]|la\s+|le\s+|les\s+)?([\p{Lu}][\p{L}\-’']+(?:\s+[\p{Lu}][\p{L}\-’']+){0,3})(?=\s*[,.;)]|\s+[\p{Ll}]|$)`
/// captured, read on the scalars. Every step of it is deterministic: the greedy runs end on a
/// scalar that the next step cannot take (a space before `et`, a capital or `l` after the
/// spaces, a space between words), and the look-ahead never holds inside a word or just before
/// a fifth capitalised word, so giving back words or letters cannot find another match: the
/// greedy reading is the only candidate. `\s` is White_Space; `$` is the end or a final line
/// terminator (`\n`, U+000B, U+000C, `\r`, U+0085, U+2028, U+2029, or `\r\n`).
enum ListTail {
  /// The range of the name in `text`, when `text` opens with such a tail.
  static func name(in text: String) -> Range<String.Index>? {
    guard mayOpenWithEt(text) else { return nil }
    let scalars = text.unicodeScalars
    let end = scalars.endIndex
    var index = scalars.startIndex
    /// Moves `index` over white space; false when there was none.
    func skipSpaces() -> Bool {
      let start = index
      while index < end, isWhiteSpace(scalars[index]) {
        index = scalars.index(after: index)
      }
      return index > start
    }
    /// Moves `index` over `literal` when the text has it there.
    func skip(_ literal: String) -> Bool {
      var position = index
      for scalar in literal.unicodeScalars {
        guard position < end, scalars[position] == scalar else { return false }
        position = scalars.index(after: position)
      }
      index = position
      return true
    }
    /// Moves `index` over one word: a capital, then one or more letters, hyphens or
    /// apostrophes; false (and `index` unchanged) when there is none.
    func skipWord() -> Bool {
      guard index < end, ScalarClass.isUppercase(scalars[index]) else { return false }
      var position = scalars.index(after: index)
      let letters = position
      while position < end, isWordScalar(scalars[position]) {
        position = scalars.index(after: position)
      }
      guard position > letters else { return false }
      index = position
      return true
    }

    /// The words from `start` and the look-ahead after them.
    func nameRange(from start: String.Index) -> Range<String.Index>? {
      index = start
      guard skipWord() else { return nil }
      for _ in 0..<3 {
        let wordEnd = index
        guard skipSpaces(), skipWord() else {
          index = wordEnd
          break
        }
      }
      let nameEnd = index
      return isFollowedWell(at: nameEnd) ? start..<nameEnd : nil
    }

    /// `(?=\s*[,.;)]|\s+[\p{Ll}]|$)` at `position`.
    func isFollowedWell(at position: String.Index) -> Bool {
      index = position
      let spaced = skipSpaces()
      if index < end, [",", ".", ";", ")"].contains(scalars[index]) { return true }
      if spaced, index < end, ScalarClass.isLowercase(scalars[index]) {
        return true
      }
      return isEnd(position)
    }

    /// ICU's `$`: the end, or a line terminator that ends the text.
    func isEnd(_ position: String.Index) -> Bool {
      guard position < end else { return true }
      let first = scalars[position]
      let next = scalars.index(after: position)
      if first == "\r", next < end, scalars[next] == "\n" {
        return scalars.index(after: next) == end
      }
      return next == end
        && ((0x0A...0x0D).contains(first.value) || first.value == 0x85
          || first.value == 0x2028 || first.value == 0x2029)
    }

    guard skipSpaces(), skip("et"), skipSpaces() else { return nil }
    // The article's alternatives in the pattern's order; after `l` none but them can match.
    let start = index
    if skip("l'") || skip("l’") { return nameRange(from: index) }
    for article in ["la", "le", "les"] {
      index = start
      if skip(article), skipSpaces() { return nameRange(from: index) }
    }
    return nameRange(from: start)
  }

  /// Whether `text` may open with white space and `et`, as its first bytes tell: not when an
  /// ASCII byte that is no white space opens it, or follows its ASCII white space and is no
  /// `e`, or when it is only ASCII white space. A byte beyond ASCII leaves the question open.
  private static func mayOpenWithEt(_ text: String) -> Bool {
    var spaces = false
    for byte in text.utf8 {
      switch byte {
      case 0x09...0x0D, 0x20: spaces = true
      case 0x80...: return true
      default: return spaces && byte == UInt8(ascii: "e")
      }
    }
    return false
  }

  /// `\s`: White_Space, read without the scalar's properties in ASCII.
  private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
  }

  /// `[\p{L}\-’']`.
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "'" || scalar == "’" || ScalarClass.isLetter(scalar)
  }
}
