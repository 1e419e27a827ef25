@testable import CommuniqueCore

/// `ParagraphReflow` as it was before `ReflowLine` read each line once, on its bytes.
///
/// Stage 4: turns body lines into paragraphs, undoing hard wrapping.
///
/// Blank lines always end a paragraph. A body whose lines are mostly short and mostly end
/// mid-sentence is hard-wrapped: there, a line ends its paragraph only when it ends a sentence
/// and the next line's first word would have fitted on it (so the writer, not the wrap,
/// broke the line), or when the next line opens a quote or a list item. Otherwise each line
/// is a paragraph.
enum ReflowOracle {
  /// The paragraphs of `lines`, each on one line.
  static func paragraphs(_ lines: [String]) -> [String] {
    let texts = lines.filter { !$0.isEmpty }
    guard isHardWrapped(texts) else { return texts.filter { !$0.isEmpty } }
    let width = wrapWidth(texts)
    var paragraphs: [String] = []
    var current = ""
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        flush(&current, into: &paragraphs)
        continue
      }
      append(line, to: &current)
      let next = lines.index(after: index) < lines.endIndex ? lines[index + 1] : ""
      if !next.isEmpty && endsParagraph(line, before: next, width: width) {
        flush(&current, into: &paragraphs)
      }
    }
    flush(&current, into: &paragraphs)
    return paragraphs
  }

  /// Whether the lines are wrapped at a fixed width rather than one paragraph per line.
  static func isHardWrapped(_ lines: [String]) -> Bool {
    guard lines.count >= 3 else { return false }
    let long = lines.filter { $0.isLonger(than: 100) }.count
    let open = lines.filter { !endsSentence($0) }.count
    return long * 5 <= lines.count && open * 5 >= lines.count * 2
  }

  /// The width the text was wrapped at: the longest line that is not an outlier.
  static func wrapWidth(_ lines: [String]) -> Int {
    let lengths = lines.map(\.characterCount).sorted()
    let candidate = lengths[min(lengths.count - 1, lengths.count * 95 / 100)]
    return max(candidate, lengths.last.map { $0 <= candidate + 10 ? $0 : candidate } ?? candidate)
  }

  private static func endsParagraph(_ line: String, before next: String, width: Int) -> Bool {
    guard endsSentence(line) else { return false }
    if let first = next.first, paragraphOpeners.contains(first) { return true }
    let nextWord = next.prefix { !$0.isWhitespace }
    return line.characterCount + 1 + nextWord.count <= width
  }

  /// Whether a line ends a sentence (final punctuation, possibly inside closing quotes).
  static func endsSentence(_ line: String) -> Bool {
    let scalars = line.unicodeScalars
    guard let last = scalars.last(where: { !closingScalars.contains($0) }) else { return false }
    if ".!?…:".unicodeScalars.contains(last) { return true }
    return scalars.last == "»" || scalars.last == "”"
  }

  /// What opens a new paragraph at the start of the next line: quotes, dashes, bullets.
  static let paragraphOpeners = Array("«“\"-–—•")

  /// What may close a sentence after its final mark: quotes, brackets and spaces.
  private static let closingScalars = Set("»\"”’)] \u{00A0}\u{202F}".unicodeScalars)

  /// Appends a wrapped line; a compound cut at its hyphen (`garde-⏎côtes`) joins without space.
  private static func append(_ line: String, to current: inout String) {
    guard !current.isEmpty else {
      current = line
      return
    }
    let cutCompound =
      current.last == "-" && current.dropLast().last?.isLetter == true
      && line.first?.isLetter == true
    if !cutCompound { current.append(" ") }
    current.append(line)
  }

  private static func flush(_ current: inout String, into paragraphs: inout [String]) {
    if !current.isEmpty { paragraphs.append(current) }
    current = ""
  }
}
