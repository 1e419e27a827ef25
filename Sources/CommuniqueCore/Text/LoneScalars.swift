/// The Unicode scalars that are always a character of their own, whatever stands beside them:
/// ASCII but the carriage return, the rest of Latin-1 and Latin Extended-A and B, and the
/// general punctuation, super- and subscripts and currency signs but the zero-width joiners.
///
/// None of them extends, prepends to or joins another (no combining mark, no Hangul jamo, no
/// regional indicator, no CR of a CR LF), so a text made only of them has one character per
/// scalar: it can be split, counted and cut on its UTF-8 bytes with the results `Character`
/// gives, grapheme breaking skipped.
enum LoneScalars {
  /// The length in bytes of the lone scalar whose UTF-8 encoding starts at `index`, or nil
  /// when that scalar is not one.
  static func length(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let lead = bytes[index]
    if lead < 0x80 { return lead == 0x0D ? nil : 1 }
    // U+0080 to U+02FF: two bytes, C2 to CB.
    if lead >= 0xC2 && lead <= 0xCB { return 2 }
    // U+2000 to U+20BF: E2 80 to E2 82, but U+200C and U+200D (E2 80 8C, E2 80 8D).
    guard lead == 0xE2, index + 2 < bytes.count else { return nil }
    let second = bytes[index + 1]
    guard second >= 0x80 && second <= 0x82 else { return nil }
    if second == 0x80 && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8D) { return nil }
    return 3
  }

  /// Whether every scalar of `bytes` (whole UTF-8 scalars) is a lone scalar.
  static func all(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      guard let length = length(at: index, in: bytes) else { return false }
      index += length
    }
    return true
  }
}
