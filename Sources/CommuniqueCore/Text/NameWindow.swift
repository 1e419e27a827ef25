/// How far a text read for a name can reach: names hold only letters, white space, hyphens,
/// apostrophes and other non-ASCII scalars, and what a name scanner's look-ahead reads past a
/// name is one scalar, so a name ends before the first other ASCII byte after its start.
enum NameWindow {
  /// The UTF-8 offset, in `bytes`, where a text read for a name from `start` can end: `reach`
  /// bytes on (backed off to a scalar boundary) or just after the first ASCII byte a name
  /// cannot hold, whichever comes first.
  static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, reach: Int) -> Int {
    let limit = min(bytes.count, start + reach)
    // The table read once, not at each byte.
    let nameBytes = nameBytes
    var offset = start
    while offset < limit {
      let byte = bytes[offset]
      offset += 1
      if byte < 0x80 && !nameBytes.contains(byte) { return offset }
    }
    while offset < bytes.count && offset > start && bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }

  /// The ASCII bytes a name may hold: letters, white space, `-` and `'`.
  private static let nameBytes = ByteSet(
    (UInt8(0)..<0x80).filter { byte in
      let scalar = Unicode.Scalar(byte)
      return scalar.properties.isAlphabetic || scalar.properties.isWhitespace || scalar == "-"
        || scalar == "'"
    })
}
