import CommuniqueCore

/// The line shown under a search result: the text around the first occurrence of one of the
/// query's highlights, both folded by `TextFolding`. Works on Unicode scalars folded to bytes,
/// because a snippet is made for every hit of every keystroke.
enum Snippet {
  /// Unicode scalars shown around the match.
  static let width = 160

  /// A snippet of a release's text (paragraphs one per line) for the highlights `needles`;
  /// the first paragraph when none is found (the match was in a field such as the
  /// organisations).
  static func make(text: String, needles: [String]) -> String {
    let patterns = needles.map { Array(TextFolding.fold($0).utf8) }.filter { !$0.isEmpty }
    let paragraphs = text.utf8.split(separator: UInt8(ascii: "\n")).lazy.map(Substring.init)
    for paragraph in paragraphs {
      if let snippet = around(patterns, in: paragraph) { return snippet }
    }
    return String((paragraphs.first ?? "").unicodeScalars.prefix(width))
  }

  private static func around(_ patterns: [[UInt8]], in paragraph: Substring) -> String? {
    var folded: [UInt8] = []
    var owner: [Int] = []
    folded.reserveCapacity(paragraph.utf8.count)
    owner.reserveCapacity(paragraph.utf8.count)
    for (index, scalar) in paragraph.unicodeScalars.enumerated() {
      TextFolding.forEachFolded(scalar) { UTF8.encode($0) { folded.append($0) } }
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
