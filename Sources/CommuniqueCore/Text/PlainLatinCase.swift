/// `Character.isLowercase` and `Character.isUppercase` of the scalars a plain Latin text holds
/// (see `String.isPlainLatin`: each such scalar is a character of its own), read from a table
/// the standard library fills once, with the scalars decoded from UTF-8 bytes.
enum PlainLatinCase {
  /// `Character.isLowercase`.
  static let lower: UInt8 = 1
  /// `Character.isUppercase`.
  static let upper: UInt8 = 2

  /// The flags of U+0000–U+02FF at `value`, of U+2000–U+20BF at `0x300 + value - 0x2000`.
  nonisolated(unsafe) private static let table: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x300 + 0xC0)
    for value in Array(0..<0x300) + Array(0x2000..<0x20C0) {
      let character = Character(Unicode.Scalar(UInt32(value))!)
      table[value < 0x300 ? value : 0x300 + value - 0x2000] =
        (character.isLowercase ? lower : 0) | (character.isUppercase ? upper : 0)
    }
    return UnsafePointer(table)
  }()

  /// The flags and byte length of the scalar at `index` in valid UTF-8 `bytes`; nil when it
  /// is not one `String.isPlainLatin` allows (a carriage return, a joiner, U+2000, U+2001,
  /// or beyond U+02FF outside U+2002–U+20BF).
  @inline(__always)
  static func flags(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (UInt8, Int)? {
    let byte = bytes[index]
    switch byte {
    case 0x0D: return nil
    case 0..<0x80: return (table[Int(byte)], 1)
    case 0xC2...0xCB:
      let value = Int(byte & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
      return (table[value], 2)
    case 0xE2:
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      guard (0x80...0x82).contains(second) else { return nil }
      let low = Int(second & 0x3F) << 6 | Int(third & 0x3F)
      guard low >= 2, low != 0x0C, low != 0x0D else { return nil }
      return (table[0x300 + low], 3)
    default: return nil
    }
  }
}
