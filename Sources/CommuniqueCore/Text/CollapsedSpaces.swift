/// Whether a text's white space is already as `PlainLatinTypography` collapses it: no white
/// space at either end, none but single plain spaces inside. Such a text comes out of the
/// collapsing pass unchanged, so the pass is skipped; the test reads eight bytes at a time and
/// looks closer only at words that may hold white space other than a lone plain space.
enum CollapsedSpaces {
  /// Whether collapsing the white space of `bytes` (valid UTF-8) would leave them as they are.
  static func hold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !bytes.isEmpty else { return true }
    var last = bytes.count - 1
    while last > 0, bytes[last] & 0xC0 == 0x80 { last -= 1 }
    guard ScalarBytes.whiteSpaceLength(at: 0, in: bytes) == 0,
      ScalarBytes.whiteSpaceLength(at: last, in: bytes) == 0
    else { return false }
    var index = 0
    // Seven steps per load, so that a space and the byte after it lie in one load.
    while index + 8 <= bytes.count {
      let word = ByteWord.load(bytes, at: index)
      if mayHoldExtraSpace(word) {
        for offset in index..<index + 7 where !isCollapsed(bytes, at: offset) { return false }
      }
      index += 7
    }
    while index < bytes.count {
      guard isCollapsed(bytes, at: index) else { return false }
      index += 1
    }
    return true
  }

  /// Whether `word` holds a control byte below 0x0E, a lead byte of white space beyond ASCII
  /// (`C2`, `E1`, `E2`, `E3`) or two plain spaces in a row: the only ways its bytes can hold
  /// white space other than plain spaces each followed by something else.
  @inline(__always)
  private static func mayHoldExtraSpace(_ word: UInt64) -> Bool {
    if ByteWord.holdsByte(below: 0x0E, in: word) { return true }
    if word & 0x8080_8080_8080_8080 != 0,
      ByteWord.holds(0xC2, in: word) || ByteWord.holds(0xE2, in: word)
        || ByteWord.holds(0xE1, in: word) || ByteWord.holds(0xE3, in: word)
    {
      return true
    }
    let spaces = ByteWord.equalBytes(0x20, in: word)
    return spaces & spaces >> 8 != 0
  }

  /// Whether the byte at `offset` starts no white space, or a plain space that no white space
  /// follows.
  @inline(__always)
  private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard ScalarBytes.whiteSpaceLength(at: offset, in: bytes) > 0 else { return true }
    return bytes[offset] == 0x20 && offset + 1 < bytes.count
      && ScalarBytes.whiteSpaceLength(at: offset + 1, in: bytes) == 0
  }
}
