/// A set of bytes as a 256-bit map: the bytes a scanner's matches can start with, tested for
/// each byte of a text without touching memory.
struct ByteSet: Sendable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  private var upperLow: UInt64 = 0
  private var upperHigh: UInt64 = 0

  init(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      let bit = UInt64(1) << UInt64(byte & 63)
      switch byte >> 6 {
      case 0: low |= bit
      case 1: high |= bit
      case 2: upperLow |= bit
      default: upperHigh |= bit
      }
    }
  }

  @inline(__always)
  func contains(_ byte: UInt8) -> Bool {
    let word: UInt64
    switch byte >> 6 {
    case 0: word = low
    case 1: word = high
    case 2: word = upperLow
    default: word = upperHigh
    }
    return word & (UInt64(1) << UInt64(byte & 63)) != 0
  }
}
