/// Stage 4: turns body lines into paragraphs, undoing hard wrapping.
///
/// Blank lines always end a paragraph. A body whose lines are mostly short and mostly end
/// mid-sentence is hard-wrapped: there, a line ends its paragraph only when it ends a sentence
/// and the next line's first word would have fitted on it (so the writer, not the wrap,
/// broke the line), or when the next line opens a quote or a list item. Otherwise each line
/// is a paragraph.
public enum ParagraphReflow {
  /// The paragraphs of `lines`, each on one line.
  public static func paragraphs(_ lines: [String]) -> [String] {
    let texts = lines.filter { !$0.isEmpty }
    guard isHardWrapped(texts) else { return texts }
    let shapes = lines.map(ReflowLine.init)
    let width = wrapWidth(zip(lines, shapes).filter { !$0.0.isEmpty }.map(\.1.characterCount))
    var paragraphs: [String] = []
    var current = ""
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        flush(&current, into: &paragraphs)
        continue
      }
      append(line, to: &current)
      let next = index + 1
      if next < lines.count, !lines[next].isEmpty,
        endsParagraph(shapes[index], before: shapes[next], width: width)
      {
        flush(&current, into: &paragraphs)
      }
    }
    flush(&current, into: &paragraphs)
    return paragraphs
  }

  /// Whether the lines are wrapped at a fixed width rather than one paragraph per line.
  static func isHardWrapped(_ lines: [String]) -> Bool {
    guard lines.count >= 3 else { return false }
    let long = lines.count { $0.isLonger(than: 100) }
    let open = lines.count { !ReflowLine.endsSentence($0) }
    return long * 5 <= lines.count && open * 5 >= lines.count * 2
  }

  /// The width the text was wrapped at: the longest line that is not an outlier, from the
  /// lines' lengths in characters.
  static func wrapWidth(_ lengths: [Int]) -> Int {
    let lengths = lengths.sorted()
    let candidate = lengths[min(lengths.count - 1, lengths.count * 95 / 100)]
    return max(candidate, lengths.last.map { $0 <= candidate + 10 ? $0 : candidate } ?? candidate)
  }

  /// Whether the writer, not the wrap, broke the line before `next`.
  private static func endsParagraph(_ line: ReflowLine, before next: ReflowLine, width: Int)
    -> Bool
  {
    guard line.endsSentence else { return false }
    if next.opensParagraph { return true }
    return line.characterCount + 1 + next.firstWordLength <= width
  }

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
