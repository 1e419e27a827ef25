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
    // The non-empty lines are made into an array only when they are the paragraphs.
    guard lines.count(where: { !$0.isEmpty }) >= 3 else { return lines.filter { !$0.isEmpty } }
    let plain = lines.map(ReflowLine.init(plainLatin:))
    guard isHardWrapped(lines, plain) else { return lines.filter { !$0.isEmpty } }
    // Mapped over the indices, whose count is known: a map over `zip` grew its array by
    // doubling, a tenth of the time of a text of millions of lines.
    let shapes = lines.indices.map { plain[$0] ?? ReflowLine(lines[$0]) }
    var lengths: [Int] = []
    lengths.reserveCapacity(lines.count)
    for index in lines.indices where !lines[index].isEmpty {
      lengths.append(shapes[index].characterCount)
    }
    let width = wrapWidth(lengths)
    var paragraphs: [String] = []
    var first: Int?
    for (index, line) in lines.enumerated() where !line.isEmpty {
      let start = first ?? index
      first = start
      let next = index + 1
      if next == lines.count || lines[next].isEmpty
        || endsParagraph(shapes[index], before: shapes[next], width: width)
      {
        let run = start...index
        let isPlain = plain[run].allSatisfy { $0 != nil }
        paragraphs.append(isPlain ? plainJoined(lines[run]) : joined(lines[run]))
        first = nil
      }
    }
    return paragraphs
  }

  /// Whether the lines are wrapped at a fixed width rather than one paragraph per line: most
  /// of the non-empty lines short, many open at their end. `plain` holds the shapes of the
  /// plain Latin lines (their length and end read on the bytes), nil for the others.
  static func isHardWrapped(_ lines: [String], _ plain: [ReflowLine?]) -> Bool {
    var count = 0
    var long = 0
    var open = 0
    for (line, shape) in zip(lines, plain) where !line.isEmpty {
      count += 1
      if shape.map({ $0.characterCount > 100 }) ?? line.isLonger(than: 100) { long += 1 }
      if !(shape?.endsSentence ?? ReflowLine.endsSentence(line)) { open += 1 }
    }
    guard count >= 3 else { return false }
    return long * 5 <= count && open * 5 >= count * 2
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

  /// The lines of a paragraph joined: a compound cut at its hyphen (`garde-⏎côtes`) joins
  /// without space, other lines with one.
  private static func joined(_ lines: ArraySlice<String>) -> String {
    var current = ""
    for line in lines {
      if current.isEmpty {
        current = line
        continue
      }
      let cutCompound =
        current.last == "-" && current.dropLast().last?.isLetter == true
        && line.first?.isLetter == true
      if !cutCompound { current.append(" ") }
      current.append(line)
    }
    return current
  }

  /// `joined` for plain Latin lines, written byte by byte into a string made at its final
  /// size (a space between each two lines at most): each scalar is a character there, in the
  /// lines and across their joins, so the cut compound is read on the bytes. Appending line
  /// after line to a `String` cost about 350 instructions an append, most of a text of a
  /// million one-character lines.
  private static func plainJoined(_ lines: ArraySlice<String>) -> String {
    if lines.count == 1, let line = lines.first { return line }
    let capacity = lines.reduce(lines.count - 1) { $0 + $1.utf8.count }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var count = 0
      for index in lines.indices {
        if index > lines.startIndex, !cutsCompound(lines[index - 1], before: lines[index]) {
          buffer[count] = 0x20
          count += 1
        }
        var line = lines[index]
        count += line.withUTF8 { bytes in
          UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: bytes)
        }
      }
      return count
    }
  }

  /// Whether the plain Latin `line` after `previous` goes on a compound cut at its hyphen:
  /// `previous` ends with `-` after a letter (a line of `-` alone never does: it is joined with a
  /// space or opens the paragraph) and `line` opens with a letter.
  private static func cutsCompound(_ previous: String, before line: String) -> Bool {
    var previous = previous
    var line = line
    return previous.withUTF8 { bytes in
      guard bytes.count >= 2, bytes[bytes.count - 1] == UInt8(ascii: "-") else { return false }
      var start = bytes.count - 2
      while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      guard ScalarBytes.isLetter(UTF8Scalar.decode(bytes, at: start).value) else { return false }
      return line.withUTF8 {
        !$0.isEmpty && ScalarBytes.isLetter(UTF8Scalar.decode($0, at: 0).value)
      }
    }
  }
}
