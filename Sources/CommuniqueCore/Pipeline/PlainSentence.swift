/// `Attribution`'s sentence bounds read on the UTF-8 bytes of a plain Latin text
/// (`String.isPlainLatin`: each scalar a character, so a scalar boundary is a character
/// boundary, and a space is the byte 20 alone).
enum PlainSentence {
  /// Where the first sentence of `bytes` ends: the offset of the first `«`, `!`, `?`, or `.`
  /// that does not follow an initial or an honorific (a last word of one or two scalars,
  /// the first not lower case), or the end.
  static func end(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let count = bytes.count
    var offset = 0
    while offset < count {
      switch bytes[offset] {
      case 0x21, 0x3F: return offset
      case 0xC2 where offset + 1 < count && bytes[offset + 1] == 0xAB: return offset
      case 0x2E:
        let word = lastWord(bytes, before: offset)
        if word.scalars > 2 { return offset }
        if word.scalars > 0, isLowercase(UTF8Scalar.decode(bytes, at: word.start).value) {
          return offset
        }
      default: break
      }
      offset += 1
    }
    return count
  }

  /// Where the last sentence of `bytes` starts: after its last `»`, `!` or `?`, or its last
  /// `. ` whose `.` follows a word of three scalars or more; 0 when there is none.
  static func lastStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let count = bytes.count
    var index = count
    while index > 0 {
      var previous = index - 1
      while bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
      switch bytes[previous] {
      case 0x21, 0x3F: return index
      case 0xC2 where bytes[previous + 1] == 0xBB: return index
      case 0x2E where index < count && bytes[index] == 0x20:
        if lastWord(bytes, before: previous).scalars > 2 { return index }
      default: break
      }
      index = previous
    }
    return 0
  }

  /// The last word between spaces of `bytes[..<end]`: where it starts and how many scalars
  /// it has.
  private static func lastWord(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> (
    start: Int, scalars: Int
  ) {
    var end = end
    while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
    var start = end
    var scalars = 0
    while start > 0, bytes[start - 1] != 0x20 {
      start -= 1
      if bytes[start] & 0xC0 != 0x80 { scalars += 1 }
    }
    return (start, scalars)
  }

  /// Whether the scalar `value` is lower case as `Attribution` reads it: `a`…`z` in ASCII,
  /// `Character.isLowercase` beyond.
  private static func isLowercase(_ value: UInt32) -> Bool {
    value < 0x80
      ? value &- 0x61 < 26 : Character(Unicode.Scalar(value).unsafelyUnwrapped).isLowercase
  }
}
