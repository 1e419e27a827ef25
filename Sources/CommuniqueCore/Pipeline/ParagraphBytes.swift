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

  /// Reads `bytes`, a paragraph's UTF-8.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var hasAt = false
    var longestRun = false
    var simple = true
    var digits = 0
    for byte in bytes {
      switch byte {
      case 0x30...0x39:
        digits += 1
        if digits >= 8 { longestRun = true }
      case 0x0D:
        simple = false
      case 0x09...0x0C, 0x20, 0x2B, 0x2E, 0x2D, 0x28, 0x29:
        break
      case 0x80...:
        if byte >= 0xCC && byte & 0xC0 != 0x80 { simple = false }
      case 0x40:
        hasAt = true
        digits = 0
      default:
        digits = 0
      }
    }
    self.hasAt = hasAt
    mayHoldPhoneNumber = longestRun
    scalarsAreCharacters = simple
  }

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
