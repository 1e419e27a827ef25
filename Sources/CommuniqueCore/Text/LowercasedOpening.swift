/// A test on a text's first byte before its opening is lower-cased and compared with
/// lower-case openings: an ASCII byte lower-cases to itself or, for `A`…`Z`, to its letter,
/// so a text that opens with an ASCII byte that is none of the openings' first letters (in
/// either case) opens with none of them.
enum LowercasedOpening {
  /// Bit `letter - a` set for the first byte of each opening; every bit when an opening does
  /// not open with a lower-case ASCII letter (no text is then turned away).
  static func initials(of openings: [String]) -> UInt32 {
    openings.reduce(0) { mask, opening in
      guard let first = opening.utf8.first, first &- 0x61 < 26 else { return .max }
      return mask | 1 << (first - 0x61)
    }
  }

  /// False when `text` opens with an ASCII byte whose lower case is none of `initials`' letters;
  /// true otherwise (a byte beyond ASCII, one of the letters, or an empty text).
  static func mayOpen(_ text: String, with initials: UInt32) -> Bool {
    guard initials != .max, let first = text.utf8.first, first < 0x80 else { return true }
    let lower = first | 0x20
    return lower &- 0x61 < 26 && initials & 1 << (lower - 0x61) != 0
  }
}
