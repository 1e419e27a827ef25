extension ByteWord {
  private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// The high bit of each byte of `word` that equals `byte`, and no other bit: exact for every
  /// byte (no carry crosses bytes), so that masks of neighbouring bytes can be combined.
  @inline(__always)
  static func equalBytes(_ byte: UInt8, in word: UInt64) -> UInt64 {
    let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return ~((difference & lows) &+ lows | difference | lows)
  }
}
