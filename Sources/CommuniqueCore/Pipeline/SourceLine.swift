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
  /// carriage return, where `\r\n` is one character and the line goes on). Line feeds are
  /// looked for eight bytes at a time. Each line longer than a small string is copied out of
  /// `text` as a substring, whose bytes are known to be UTF-8: not decoded and checked again as
  /// loose bytes would be.
  public static func split(_ text: String) -> [SourceLine] {
    let source = text
    var text = text
    return text.withUTF8 { bytes in
      var lines: [SourceLine] = []
      var start = 0
      var from = 0
      while let index = lineFeed(in: bytes, from: from) {
        if index == 0 || bytes[index - 1] != 0x0D {
          lines.append(
            SourceLine(text: trimmed(source, bytes, start..<index), number: lines.count + 1))
          start = index + 1
        }
        from = index + 1
      }
      lines.append(
        SourceLine(text: trimmed(source, bytes, start..<bytes.count), number: lines.count + 1))
      return lines
    }
  }

  /// The offset of the first line feed in `bytes` from `start` on.
  private static func lineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    while index + 8 <= bytes.count {
      let found = ByteWord.equalBytes(0x0A, in: ByteWord.load(bytes, at: index))
      if found != 0 { return index + found.trailingZeroBitCount >> 3 }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] == 0x0A { return index }
      index += 1
    }
    return nil
  }

  /// The line of `bytes` at `range`, without leading and trailing white space: what
  /// `trimmingWhiteSpace()` gives, read on the bytes when the first and last kept scalars are
  /// below U+0300 (no combining mark can join them to a space).
  /// `bytes` are those of `text`; `range` starts and ends on scalar boundaries.
  private static func trimmed(
    _ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> String {
    guard let kept = trimmedBounds(bytes, range) else {
      return String(text[utf8Range(range, in: text)]).trimmingWhiteSpace()
    }
    // A line that fits in a small string is made from its bytes: checking a few bytes costs
    // less than making the substring (about 450 instructions a line, most of a text of short
    // lines).
    if kept.count <= smallStringBytes {
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[kept]), as: UTF8.self)
    }
    return String(text[utf8Range(kept, in: text)])
  }

  /// The most UTF-8 bytes a `String` holds inline, without storage of its own (64-bit).
  private static let smallStringBytes = 15

  /// The indices of `text` at the UTF-8 offsets of `range` (a constant-time step on native
  /// UTF-8 text).
  private static func utf8Range(_ range: Range<Int>, in text: String) -> Range<String.Index> {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    return lower..<utf8.index(lower, offsetBy: range.count)
  }

  /// The bytes of `range` that `trimmingWhiteSpace()` keeps, found on the bytes: empty when
  /// all of it is white space; nil when the first or last kept scalar is not below U+0300 (a
  /// combining mark could join it to a space: only trimming by characters can tell).
  static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Range<Int>?
  {
    var first = range.lowerBound
    while first < range.upperBound {
      let spaceLength = ScalarBytes.whiteSpaceLength(at: first, in: bytes)
      guard spaceLength > 0 else { break }
      first += spaceLength
    }
    guard first < range.upperBound else { return first..<first }
    var end = range.upperBound
    var last = first
    while end > first {
      var start = end - 1
      while start > first, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      if ScalarBytes.whiteSpaceLength(at: start, in: bytes) == 0 {
        last = start
        break
      }
      end = start
    }
    guard bytes[first] < 0xCC, bytes[last] < 0xCC else { return nil }
    return first..<end
  }

}

extension StringProtocol {
  /// The string without leading and trailing spaces (including no-break and thin spaces).
  ///
  /// Read on the bytes (`SourceLine.trimmedBounds`, or scalar by scalar when the string's are
  /// not contiguous) when the first and last kept scalars are below U+0300 (no combining mark
  /// can join them to a space); otherwise walks characters.
  /// A string that opens and ends with an ASCII scalar other than white space is itself: read
  /// on those two scalars first.
  func trimmingWhiteSpace() -> String {
    let scalars = unicodeScalars
    if let first = scalars.first, let last = scalars.last, Self.isKeptEnd(first),
      Self.isKeptEnd(last)
    {
      return String(self)
    }
    if let kept = utf8.withContiguousStorageIfAvailable({ bytes in
      SourceLine.trimmedBounds(bytes, 0..<bytes.count)
    }) {
      guard let kept else { return trimmingWhiteSpaceCharacters() }
      let lower = utf8.index(utf8.startIndex, offsetBy: kept.lowerBound)
      return String(self[lower..<utf8.index(lower, offsetBy: kept.count)])
    }
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    guard scalars[first].value < 0x300, scalars[last].value < 0x300 else {
      return trimmingWhiteSpaceCharacters()
    }
    return String(self[first...last])
  }

  /// Whether `scalar` is ASCII and no white space (U+0009…U+000D, the space): trimming keeps
  /// it.
  private static func isKeptEnd(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 && scalar != " " && !(0x09...0x0D).contains(scalar.value)
  }

  private func trimmingWhiteSpaceCharacters() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
