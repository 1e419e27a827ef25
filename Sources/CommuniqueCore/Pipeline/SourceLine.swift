/// One line of decoded source text with its 1-based line number.
public struct SourceLine: Sendable, Equatable {
  /// The line, trimmed of surrounding white space.
  public var text: String
  /// 1-based line number in the decoded text.
  public var number: Int

  /// Whether the line is empty once trimmed.
  public var isBlank: Bool { text.isEmpty }

  /// Splits text into trimmed, numbered lines.
  public static func split(_ text: String) -> [SourceLine] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      SourceLine(text: $0.element.trimmingWhiteSpace(), number: $0.offset + 1)
    }
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces (including no-break and thin spaces).
  func trimmingWhiteSpace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
