/// Reading Unicode scalars in valid UTF-8 bytes: their lengths, values and properties, for the
/// byte-level passes of the pipeline.
enum ScalarBytes {
  /// The length in bytes of the scalar whose first byte is `lead`.
  @inline(__always)
  static func length(lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// The last scalar of `bytes`: its value and its length in bytes.
  static func last(of bytes: [UInt8]) -> (value: UInt32, length: Int)? {
    guard var start = bytes.indices.last else { return nil }
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    let length = bytes.count - start
    return bytes.withUnsafeBufferPointer { (UTF8Scalar.decode($0, at: start).value, length) }
  }

  /// The length in bytes of the white space scalar at `index` (the Unicode `White_Space`
  /// property, as `Unicode.Scalar.Properties.isWhitespace`), 0 when it is not white space.
  @inline(__always)
  static func whiteSpaceLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let lead = bytes[index]
    if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : 0 }
    switch lead {
    case 0xC2:
      let second = bytes[index + 1]
      return second == 0x85 || second == 0xA0 ? 2 : 0
    case 0xE1:
      return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
    case 0xE2:
      switch (bytes[index + 1], bytes[index + 2]) {
      case (0x80, 0x80...0x8A), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF), (0x81, 0x9F): return 3
      default: return 0
      }
    case 0xE3:
      return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
    default: return 0
    }
  }

  /// The offset after the run of white space (as `whiteSpaceLength` reads it) that starts at
  /// `index`.
  static func whiteSpaceEnd(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = index
    while index < bytes.count {
      let length = whiteSpaceLength(at: index, in: bytes)
      guard length > 0 else { break }
      index += length
    }
    return index
  }

  /// Whether the scalar `value` is a letter (a letter general category, as
  /// `Character.isLetter` for a character of one scalar).
  static func isLetter(_ value: UInt32) -> Bool {
    if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    guard let scalar = Unicode.Scalar(value) else { return false }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default: return false
    }
  }

  /// Whether the bytes `first` and `second` follow each other somewhere in `bytes`.
  static func contains(_ first: UInt8, _ second: UInt8, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var index = 1
    while index < bytes.count {
      if bytes[index] == second, bytes[index - 1] == first { return true }
      index += 1
    }
    return false
  }

  /// Whether the three bytes `e2 80 last` (a general punctuation scalar) occur in `bytes`.
  static func containsPunctuation(_ last: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 2
    while index < bytes.count {
      if bytes[index] == last, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE2 { return true }
      index += 1
    }
    return false
  }
}
