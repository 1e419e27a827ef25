/// The line shown under a search result: the text around the first occurrence of one of the
/// query's stems, case, accents and ligatures ignored. Works on Unicode scalars folded to
/// bytes, because a snippet is made for every hit of every keystroke.
enum Snippet {
  /// Unicode scalars shown around the match.
  static let width = 160

  /// A snippet of a release's text (paragraphs one per line) for the folded stems `needles`;
  /// the first paragraph when none is found (the match was in a field such as the
  /// organisations).
  static func make(text: String, needles: [String]) -> String {
    let patterns = needles.map { Array(fold($0).utf8) }.filter { !$0.isEmpty }
    let paragraphs = text.utf8.split(separator: UInt8(ascii: "\n")).lazy.map(Substring.init)
    for paragraph in paragraphs {
      if let snippet = around(patterns, in: paragraph) { return snippet }
    }
    return String((paragraphs.first ?? "").unicodeScalars.prefix(width))
  }

  /// Folds text the way matches are compared: lower case, no accents, ligatures spelt out,
  /// curly apostrophes straightened; other non-ASCII characters become `\u{7F}`.
  static func fold(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { appendFolded(scalar, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the folded bytes of `scalar`: ASCII in lower case, Latin letters without their
  /// accents, 0x7F for what cannot be folded.
  private static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    if scalar.isASCII {
      let byte = UInt8(scalar.value)
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
    } else {
      bytes.append(contentsOf: table[scalar] ?? [0x7F])
    }
  }

  private static let table: [Unicode.Scalar: [UInt8]] = {
    var table: [Unicode.Scalar: [UInt8]] = [:]
    let groups: [(String, String)] = [
      ("àâäáãåÀÂÄÁÃÅ", "a"), ("çÇ", "c"), ("éèêëÉÈÊË", "e"), ("îïíìÎÏÍÌ", "i"),
      ("ôöóòõÔÖÓÒÕ", "o"), ("ùûüúÙÛÜÚ", "u"), ("ÿýŸÝ", "y"), ("ñÑ", "n"), ("œŒ", "oe"),
      ("æÆ", "ae"), ("’‘", "'"),
    ]
    for (letters, plain) in groups {
      for letter in letters.unicodeScalars { table[letter] = Array(plain.utf8) }
    }
    return table
  }()

  private static func around(_ patterns: [[UInt8]], in paragraph: Substring) -> String? {
    var folded: [UInt8] = []
    var owner: [Int] = []
    folded.reserveCapacity(paragraph.utf8.count)
    owner.reserveCapacity(paragraph.utf8.count)
    for (index, scalar) in paragraph.unicodeScalars.enumerated() {
      appendFolded(scalar, to: &folded)
      while owner.count < folded.count { owner.append(index) }
    }
    var first: Int?
    for pattern in patterns {
      if let found = firstIndex(of: pattern, in: folded), found < (first ?? Int.max) {
        first = found
      }
    }
    guard let first else { return nil }
    let scalars = Array(paragraph.unicodeScalars)
    let start = owner[first]
    var from = max(0, start - width / 4)
    while from > 0 && from < start && !scalars[from - 1].properties.isWhitespace { from += 1 }
    let to = min(scalars.count, from + width)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[from..<to])
    return (from > 0 ? "…" : "") + String(view) + (to < scalars.count ? "…" : "")
  }

  private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
    guard pattern.count <= bytes.count else { return nil }
    var index = 0
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == pattern[0] {
        var offset = 1
        while offset < pattern.count && bytes[index + offset] == pattern[offset] { offset += 1 }
        if offset == pattern.count { return index }
      }
      index += 1
    }
    return nil
  }
}
