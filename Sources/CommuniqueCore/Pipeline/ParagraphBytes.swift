/// What one pass over a paragraph's UTF-8 bytes tells `SpanBuilder` before it runs the costlier
/// searches: whether an e-mail address or a phone number can be there at all.
struct ParagraphBytes {
  /// Whether the paragraph holds `@`, which every e-mail address (`EmailRuns`) holds.
  let hasAt: Bool
  /// `PhoneNumber`'s own prerequisite, read the same way: eight digits in one run of digits,
  /// spaces, `+ . - ( )` and bytes beyond ASCII. A paragraph without it has no phone number.
  let mayHoldPhoneNumber: Bool

  /// Reads `bytes`, a paragraph's UTF-8, one table look-up a byte, but for eight bytes that
  /// hold a letter and neither a digit nor `@`: they are passed over at once, as the letter
  /// ends any run and no digit follows it there.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    let classes = Self.classes
    var seen: UInt8 = 0
    var longestRun = false
    var digits = 0
    var index = 0
    while index < bytes.count {
      if index + 8 <= bytes.count {
        let word = ByteWord.load(bytes, at: index)
        if ByteWord.digits(in: word) == 0, ByteWord.letters(in: word) != 0,
          !ByteWord.holds(0x40, in: word)
        {
          digits = 0
          index += 8
          continue
        }
      }
      for byte in bytes[index..<min(index + 8, bytes.count)] {
        let kind = classes[Int(byte)]
        if kind & Self.digit != 0 {
          digits += 1
          if digits >= 8 { longestRun = true }
        } else if kind & Self.inRun == 0 {
          digits = 0
        }
        seen |= kind
      }
      index += 8
    }
    hasAt = seen & Self.at != 0
    mayHoldPhoneNumber = longestRun
  }

  /// A decimal digit.
  private static let digit: UInt8 = 1
  /// A byte a run of digits goes on through: white space, `+ . - ( )`, bytes beyond ASCII.
  private static let inRun: UInt8 = 2
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
      case 0x09...0x0D, 0x20, 0x2B, 0x2E, 0x2D, 0x28, 0x29, 0x80...: kind = inRun
      case 0x40: kind = at
      default: kind = 0
      }
      table[value] = kind
    }
    return UnsafePointer(table)
  }()
}
