/// What one pass over a paragraph's UTF-8 bytes tells `SpanBuilder` before it runs the costlier
/// searches: whether an e-mail address or a phone number can be there at all, and whether each
/// Unicode scalar is a character of its own.
struct ParagraphBytes {
  /// Whether the paragraph holds `@`, which every e-mail address (`ContactsParser.email`) holds.
  let hasAt: Bool
  /// `PhoneNumber`'s own prerequisite, read the same way: eight digits in one run of digits,
  /// spaces, `+ . - ( )` and bytes beyond ASCII. A paragraph without it has no phone number.
  let mayHoldPhoneNumber: Bool
  /// Whether every scalar is below U+0300 and no carriage return is there: no scalar then
  /// joins another in a grapheme cluster (no mark, joiner, `\r\n` or emoji sequence starts
  /// below U+0300), so character offsets are scalar offsets.
  let scalarsAreCharacters: Bool

  /// Reads `bytes`, a paragraph's UTF-8, one table look-up a byte.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    let classes = Self.classes
    var seen: UInt8 = 0
    var longestRun = false
    var digits = 0
    for byte in bytes {
      let kind = classes[Int(byte)]
      if kind & Self.digit != 0 {
        digits += 1
        if digits >= 8 { longestRun = true }
      } else if kind & Self.inRun == 0 {
        digits = 0
      }
      seen |= kind
    }
    hasAt = seen & Self.at != 0
    mayHoldPhoneNumber = longestRun
    scalarsAreCharacters = seen & Self.joining == 0
  }

  /// A decimal digit.
  private static let digit: UInt8 = 1
  /// A byte a run of digits goes on through: white space, `+ . - ( )`, bytes beyond ASCII.
  private static let inRun: UInt8 = 2
  /// A carriage return, or the lead byte of a scalar from U+0300 on.
  private static let joining: UInt8 = 4
  /// `@`.
  private static let at: UInt8 = 8

  /// The kinds of each byte value, made once (a pointer: read without the lazy global's check
  /// at every byte).
  nonisolated(unsafe) private static let classes: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for value in 0..<256 {
      var kind: UInt8 = 0
      switch UInt8(value) {
      case 0x30...0x39: kind = digit
      case 0x0D: kind = inRun | joining
      case 0x09...0x0C, 0x20, 0x2B, 0x2E, 0x2D, 0x28, 0x29: kind = inRun
      case 0xCC...: kind = inRun | joining
      case 0x80...: kind = inRun
      case 0x40: kind = at
      default: kind = 0
      }
      table[value] = kind
    }
    return UnsafePointer(table)
  }()

  /// The index of each character of `text` and its end index (`Array(text.indices)` and
  /// `endIndex`), read on the bytes when each scalar is a character.
  static func characterIndices(_ text: String) -> [String.Index] {
    let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> [String.Index]? in
      guard ParagraphBytes(bytes).scalarsAreCharacters else { return nil }
      let utf8 = text.utf8
      var indices: [String.Index] = []
      indices.reserveCapacity(bytes.count + 1)
      for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 {
        indices.append(utf8.index(utf8.startIndex, offsetBy: offset))
      }
      indices.append(text.endIndex)
      return indices
    }
    return (fast ?? nil) ?? Array(text.indices) + [text.endIndex]
  }
}
