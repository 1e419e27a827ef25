extension ByteWord {
  /// Bit 7 of each byte of `word` that is an ASCII digit, and no other bit.
  @inline(__always)
  static func digits(in word: UInt64) -> UInt64 {
    let low = word & ~highs
    // From `0` (0x30) on, and not from `:` (0x3A) on, among ASCII bytes.
    return (low &+ ones &* 0x50) & ~(low &+ ones &* 0x46) & ~word & highs
  }

  /// Bit 7 of each byte of `word` that is an ASCII letter, and no other bit.
  @inline(__always)
  static func letters(in word: UInt64) -> UInt64 {
    // Lower-cased, an ASCII letter is from `a` (0x61) on and not from `{` (0x7B) on; no sum
    // carries into the next byte, as each low seven bits stay below 0x80.
    let lower = word & ~highs | ones &* 0x20
    return (lower &+ ones &* 0x1F) & ~(lower &+ ones &* 0x05) & ~word & highs
  }
}
