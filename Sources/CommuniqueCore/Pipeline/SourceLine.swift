/// One line of decoded source text with its 1-based line number.
public struct SourceLine: Sendable, Equatable {
  /// The line, trimmed of surrounding white space.
  public var text: String
  /// 1-based line number in the decoded text.
  public var number: Int

  /// Whether the line is empty once trimmed.
  public var isBlank: Bool { text.isEmpty }

  /// Splits text into trimmed, numbered lines.
  ///
  /// Splits at each `\n` byte (a line feed is always a character of its own, except after a
  /// carriage return, where `\r\n` is one character and the line goes on).
  public static func split(_ text: String) -> [SourceLine] {
    var lines: [SourceLine] = []
    var start = text.startIndex
    var previous: UInt8 = 0
    let utf8 = text.utf8
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x0A && previous != 0x0D {
        lines.append(
          SourceLine(text: text[start..<index].trimmingWhiteSpace(), number: lines.count + 1))
        start = utf8.index(after: index)
      }
      previous = byte
      index = utf8.index(after: index)
    }
    lines.append(SourceLine(text: text[start...].trimmingWhiteSpace(), number: lines.count + 1))
    return lines
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces (including no-break and thin spaces).
  ///
  /// Walks scalars, which is walking characters when the first and last kept scalars are
  /// below U+0300 (no combining mark can join them to a space); otherwise walks characters.
  func trimmingWhiteSpace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    guard scalars[first].value < 0x300, scalars[last].value < 0x300 else {
      return trimmingWhiteSpaceCharacters()
    }
    return String(self[first...last])
  }

  private func trimmingWhiteSpaceCharacters() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
