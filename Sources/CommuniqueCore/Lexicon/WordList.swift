/// The words (or lines) of a list the lexicon writes as a string literal: separated by spaces
/// and line breaks, the only white space such a literal holds (checked when assertions are
/// on), so they are split on the bytes rather than character by character (which took more
/// time at start-up than parsing a release).
enum WordList {
  /// The words of `text`, in order.
  static func words(_ text: String) -> [String] {
    assert(
      text.unicodeScalars.allSatisfy { !$0.properties.isWhitespace || $0 == " " || $0 == "\n" },
      "a word list holds white space other than spaces and line breaks")
    return text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  /// The lines of `text` (a list of names of several words), in order, empty ones left out.
  static func lines(_ text: String) -> [String] {
    text.utf8.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
  }
}
