/// Breaks glyphs into lines by display width, and truncates text to a width.
///
/// Lines break at spaces; a word longer than the line is cut between graphemes, never inside
/// one. Spaces at a break are dropped.
public enum TextWrapper {
  /// The glyph ranges of each line; at least one (possibly empty) line.
  public static func wrap(_ glyphs: [Glyph], width: Int) -> [Range<Int>] {
    guard width > 0, !glyphs.isEmpty else { return [0..<0] }
    var lines: [Range<Int>] = []
    var start = 0
    let count = glyphs.count
    while start < count {
      if !lines.isEmpty {
        while start < count, glyphs[start].isSpace { start += 1 }
        if start == count { break }
      }
      var end = start
      var used = 0
      var lastSpace: Int?
      while end < count {
        if glyphs[end].isSpace { lastSpace = end }
        if used + glyphs[end].width > width { break }
        used += glyphs[end].width
        end += 1
      }
      if end < count, !glyphs[end].isSpace, let space = lastSpace, space > start {
        end = space
      } else if end == start {
        end = start + 1
      }
      lines.append(trimmed(start..<end, in: glyphs))
      start = end
    }
    return lines.isEmpty ? [0..<0] : lines
  }

  /// The text cut to `width` columns, ending with `…` when something was cut.
  public static func truncate(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    guard DisplayWidth.of(text) > width else { return text }
    var result = ""
    var used = 0
    for character in text {
      let columns = DisplayWidth.of(character)
      if used + columns > width - 1 { break }
      result.append(character)
      used += columns
    }
    return result + "…"
  }

  /// The text padded with spaces (or truncated) to exactly `width` columns.
  public static func pad(_ text: String, width: Int) -> String {
    let cut = truncate(text, width: width)
    return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
  }

  private static func trimmed(_ range: Range<Int>, in glyphs: [Glyph]) -> Range<Int> {
    var end = range.upperBound
    while end > range.lowerBound, glyphs[end - 1].isSpace { end -= 1 }
    return range.lowerBound..<end
  }
}
