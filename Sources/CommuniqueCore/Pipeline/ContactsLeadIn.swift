/// `ContactsParser`'s header pattern read on the bytes: where the lead-in of a contacts
/// section's first line ends (`Pour plus d’informations, veuillez contacter :`), as the
/// engine finds it case-insensitively: at the earliest place before a line terminator where
/// `veuillez contacter`, `contactez`, `contacter`, `joindre`, `s’adresser à` or `:` opens,
/// with the white space, the optional colon and the white space after it.
///
/// `\s` is the White_Space property; an ASCII letter of the text matches its own letter in
/// either case, `à` and `À` match `à`. Where the answer hangs on another scalar beyond ASCII
/// (one that may case-fold to the pattern's letters, like `ſ`, `ß`, `İ` or the Kelvin sign),
/// the bytes give none.
enum ContactsLeadIn {
  /// The alternatives made of one literal, in the pattern's order after `veuillez contacter`.
  private static let words = ["contactez", "contacter", "joindre"].map { Array($0.utf8) }
  private static let veuillez = Array("veuillez".utf8)
  private static let contacter = Array("contacter".utf8)
  private static let ess = Array("s".utf8)
  private static let adresser = Array("adresser".utf8)
  private static let grave = Array("à".utf8)

  /// `line` without its lead-in (the line itself when it has none); nil when the bytes
  /// cannot tell.
  static func stripped(_ line: String) -> String? {
    var line = line
    return line.withUTF8 { bytes -> String? in
      var index = 0
      while index < bytes.count {
        switch alternative(bytes, at: index) {
        case .yes(let end):
          let rest = UnsafeBufferPointer(rebasing: bytes[tail(bytes, at: end)...])
          return String(decoding: rest, as: UTF8.self)
        case .unknown: return nil
        case .no: break
        }
        if isLineTerminator(bytes, at: index) { break }
        index += ScalarBytes.length(lead: bytes[index])
      }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// How the first alternative that does not fail compares with the text at `start`.
  private static func alternative(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int)
    -> FoldedLiteral.Reading
  {
    let byte = bytes[start]
    if byte < 0x80 {
      switch byte | 0x20 {
      case UInt8(ascii: "v"), UInt8(ascii: "c"), UInt8(ascii: "j"), UInt8(ascii: "s"): break
      default: return byte == UInt8(ascii: ":") ? .yes(end: start + 1) : .no
      }
    }
    let first = FoldedLiteral.read(veuillez, in: bytes, at: start).followed {
      spacedThen(contacter, bytes, at: $0)
    }
    if case .no = first {} else { return first }
    for word in words {
      let reading = FoldedLiteral.read(word, in: bytes, at: start)
      if case .no = reading {} else { return reading }
    }
    return FoldedLiteral.read(ess, in: bytes, at: start).followed { end in
      apostropheEnd(bytes, at: end).map {
        FoldedLiteral.read(adresser, in: bytes, at: $0).followed {
          spacedThen(grave, bytes, at: $0)
        }
      } ?? .no
    }
  }

  /// How `\s+` then `literal` compares with the text at `start`.
  private static func spacedThen(
    _ literal: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> FoldedLiteral.Reading {
    let end = ScalarBytes.whiteSpaceEnd(from: start, in: bytes)
    return end > start ? FoldedLiteral.read(literal, in: bytes, at: end) : .no
  }

  /// Where `['’]` ends when it matches at `start` (no other scalar folds to either).
  private static func apostropheEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    guard start < bytes.count else { return nil }
    if bytes[start] == UInt8(ascii: "'") { return start + 1 }
    if bytes[start] == 0xE2, start + 2 < bytes.count, bytes[start + 1] == 0x80,
      bytes[start + 2] == 0x99
    {
      return start + 3
    }
    return nil
  }

  /// Where `\s*:?\s*` ends from `start`.
  private static func tail(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
    var end = ScalarBytes.whiteSpaceEnd(from: start, in: bytes)
    if end < bytes.count, bytes[end] == UInt8(ascii: ":") {
      end = ScalarBytes.whiteSpaceEnd(from: end + 1, in: bytes)
    }
    return end
  }

  /// Whether the scalar at `index` is one `.` does not match: LF, VT, FF, CR, NEL, U+2028,
  /// U+2029.
  private static func isLineTerminator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    switch bytes[index] {
    case 0x0A...0x0D: return true
    case 0xC2: return bytes[index + 1] == 0x85
    case 0xE2: return bytes[index + 1] == 0x80 && (bytes[index + 2] & 0xFE) == 0xA8
    default: return false
    }
  }
}
