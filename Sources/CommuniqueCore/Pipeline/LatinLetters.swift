/// `Character.isLetter` read on the UTF-8 bytes of a plain Latin text (`isPlainLatin`), where
/// each scalar is a character of its own.
enum LatinLetters {
  /// `Character.isLetter` of each scalar below U+0300, the scalars of nearly every text.
  private static let below300: [Bool] = (UInt32(0)..<0x300).map {
    Unicode.Scalar($0).map { Character($0).isLetter } ?? false
  }

  /// Whether the character of the one scalar `value` is a letter.
  static func isLetter(_ value: UInt32) -> Bool {
    if value < 0x300 { return below300[Int(value)] }
    return Unicode.Scalar(value).map { Character($0).isLetter } ?? false
  }

  /// The end of the letter that starts at `offset` in `bytes`, or nil when none does.
  static func letterEnd(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    guard offset < bytes.count else { return nil }
    let (value, length) = UTF8Scalar.decode(bytes, at: offset)
    return isLetter(value) ? offset + length : nil
  }

  /// Whether a letter ends at `offset` in `bytes` (a scalar's start).
  static func endsLetter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset > 0 else { return false }
    var start = offset - 1
    while bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return isLetter(UTF8Scalar.decode(bytes, at: start).value)
  }
}
