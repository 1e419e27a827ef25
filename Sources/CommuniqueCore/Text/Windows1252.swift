/// The Windows-1252 code page: decoding bytes and encoding back the characters it has.
public enum Windows1252 {
  /// Characters of bytes 0x80–0x9F (nil where the code page leaves the byte undefined).
  static let high: [Character?] = [
    "€", nil, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", nil, "Ž", nil,
    nil, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", nil, "ž", "Ÿ",
  ]

  /// Decodes bytes as Windows-1252; undefined bytes become U+FFFD.
  public static func decode(_ bytes: [UInt8]) -> String {
    var result = String()
    result.reserveCapacity(bytes.count)
    for byte in bytes {
      if byte >= 0x80 && byte < 0xA0 {
        result.append(high[Int(byte - 0x80)] ?? "\u{FFFD}")
      } else {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      }
    }
    return result
  }

  /// The byte for `scalar`, when Windows-1252 has one.
  public static func byte(for scalar: Unicode.Scalar) -> UInt8? {
    if scalar.value < 0x80 || (scalar.value >= 0xA0 && scalar.value <= 0xFF) {
      return UInt8(scalar.value)
    }
    guard let index = high.firstIndex(where: { $0?.unicodeScalars.first == scalar }) else {
      return nil
    }
    return UInt8(0x80 + index)
  }
}
