/// Phone numbers as people type them: finding them in text and normalising to E.164.
public enum PhoneNumber {
  /// Fewer digits than this is not a phone number.
  private static let minimumDigits = 8
  private static let candidate = Pattern(
    #"(?:\+|\b00)?\s?(?:\(0\)\s?)?\d[\d \x{00A0}.\-()]{5,}\d"#,
    prerequisite: { hasLongDigitRun($0) })

  /// Whether `text` has `minimumDigits` digits in one run of what a number may hold (digits,
  /// spaces, `+ . - ( )`, any byte beyond ASCII): a number's every character is such, so a
  /// text without that run has no number.
  private static func hasLongDigitRun(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var digits = 0
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
          digits += 1
          if digits >= minimumDigits { return true }
        case 0x09...0x0D, UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "."),
          UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), 0x80...:
          continue
        default: digits = 0
        }
      }
      return false
    }
  }

  /// The numbers in `text`, as written (trimmed).
  public static func find(in text: String) -> [String] {
    matches(in: text).map { String(text[$0]) }
  }

  /// Where the numbers are in `text` (surrounding spaces excluded).
  ///
  /// The pattern runs only on the stretches a number can lie in (`numberStretches`), each cut
  /// out with the byte before it: it matched the same there as in the whole text, which it
  /// read at every position (a paragraph of 20 MB with a few long numbers cost as much as one
  /// full of them).
  static func matches(in text: String) -> [Range<String.Index>] {
    var found: [Range<String.Index>] = []
    for stretch in numberStretches(in: text) {
      let piece = String(text[text.range(ofUTF8: stretch)])
      let utf8 = piece.utf8
      for match in candidate.matches(in: piece) {
        let start =
          stretch.lowerBound + utf8.distance(from: utf8.startIndex, to: match.range.lowerBound)
        let length = utf8.distance(from: match.range.lowerBound, to: match.range.upperBound)
        var range = text.range(ofUTF8: start..<start + length)
        while range.lowerBound < range.upperBound, text[range.lowerBound].isWhitespace {
          range = text.index(after: range.lowerBound)..<range.upperBound
        }
        if digitCount(text[range]) >= minimumDigits { found.append(range) }
      }
    }
    return found
  }

  /// The byte ranges of `text` where a number of `minimumDigits` digits may be, in order: each
  /// run of the bytes a number may hold (as `hasLongDigitRun` reads them) with that many ASCII
  /// digits, and the byte before it. No match of `candidate` crosses a byte outside such a
  /// run (an ASCII byte that is not a digit, white space, `+ . - ( )`), and the byte before,
  /// an ASCII character that no match opens with, is what `\b` reads at the run's start.
  private static func numberStretches(in text: String) -> [Range<Int>] {
    var text = text
    return text.withUTF8 { bytes in
      var stretches: [Range<Int>] = []
      var start = 0
      var digits = 0
      for index in 0...bytes.count {
        let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "a")
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
        case 0x09...0x0D, UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "."),
          UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), 0x80...:
          break
        default:
          if digits >= minimumDigits { stretches.append(max(start - 1, 0)..<index) }
          start = index + 1
          digits = 0
        }
      }
      return stretches
    }
  }

  /// The E.164 form (`+218913832596`) of a number written with its country code; nil
  /// when the number has no `+` or `00` prefix or the wrong number of digits.
  public static func e164(_ raw: String) -> String? {
    let trimmed = raw.trimmingWhiteSpace()
    let international = trimmed.hasPrefix("+") || trimmed.hasPrefix("00")
    guard international else { return nil }
    var digits =
      ContactBytes.digitsOutsideTrunkZero(trimmed)
      ?? trimmed.replacingOccurrences(of: "(0)", with: "").filter(\.isASCIIDigit)
    if !trimmed.hasPrefix("+") { digits.removeFirst(2) }
    guard (8...15).contains(digits.count) else { return nil }
    return "+" + digits
  }

  /// `raw` tidied for copying: the stray space after `+` removed, runs of spaces collapsed.
  public static func tidy(_ raw: String) -> String {
    var text = Typography.collapseSpaces(raw)
    if text.hasPrefix("+ ") { text.remove(at: text.index(after: text.startIndex)) }
    return text
  }

  /// The number of characters of `text` that are ASCII digits. Read on the bytes when none of
  /// them opens a scalar from U+0300 on (lead byte `CC` or above): no scalar below U+0300
  /// joins another's character, so each digit byte is then a character of its own.
  static func digitCount(_ text: some StringProtocol) -> Int {
    if let count = text.utf8.withContiguousStorageIfAvailable(latinDigitCount), let count {
      return count
    }
    return text.filter(\.isASCIIDigit).count
  }

  /// The number of ASCII digit bytes, nil when a byte is `CC` or above.
  private static func latinDigitCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var count = 0
    for byte in bytes {
      if byte >= 0xCC { return nil }
      if byte &- 0x30 < 10 { count += 1 }
    }
    return count
  }
}

extension Character {
  /// Whether this is one of the ten ASCII digits.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
