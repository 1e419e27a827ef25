/// One unit of text for the character-by-character passes of the pipeline: a `Character` in
/// general, or a `Unicode.Scalar` when every scalar of the text is a grapheme of its own
/// (`String.isPlainLatin`), which gives the same result many times faster.
protocol TextUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
  /// Whether the unit is white space (the first scalar's property, as for `Character`).
  var isSpace: Bool { get }
  /// Whether the unit is a letter (a letter general category, as `Character.isLetter`).
  var isLetterUnit: Bool { get }
  /// The units of `text`.
  static func units(of text: String) -> [Self]
  /// The text made of `units`.
  static func text(of units: [Self]) -> String
}

extension Character: TextUnit {
  var isSpace: Bool { isWhitespace }
  var isLetterUnit: Bool { isLetter }
  static func units(of text: String) -> [Character] { Array(text) }
  static func text(of units: [Character]) -> String { String(units) }
}

extension Unicode.Scalar: TextUnit {
  var isSpace: Bool {
    isASCII ? value == 32 || (9...13).contains(value) : properties.isWhitespace
  }

  var isLetterUnit: Bool {
    if isASCII { return (65...90).contains(value) || (97...122).contains(value) }
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default: return false
    }
  }

  static func units(of text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  static func text(of units: [Unicode.Scalar]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(units.count + units.count / 4)
    for unit in units {
      if unit.isASCII {
        bytes.append(UInt8(unit.value))
      } else {
        UTF8.encode(unit) { bytes.append($0) }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension String {
  /// Whether the text is plain Latin: every scalar below U+0300 (all of Latin, French
  /// included) or general punctuation and currency signs (U+2002–U+20BF, joiners excepted),
  /// with no carriage return. Checked on the UTF-8 bytes in one pass.
  ///
  /// Such a text has two properties the pipeline relies on for speed: every scalar is a
  /// grapheme cluster of its own (walking its scalars is walking its characters), and it is
  /// already in Unicode normalisation form C.
  var isPlainLatin: Bool {
    var iterator = utf8.makeIterator()
    while let byte = iterator.next() {
      switch byte {
      case 0x0D: return false
      case 0..<0x80, 0x80..<0xC0, 0xC2..<0xCC: continue
      case 0xE2:
        guard let second = iterator.next(), let third = iterator.next() else { return false }
        switch (second, third) {
        case (0x80, 0x80), (0x80, 0x81), (0x80, 0x8C), (0x80, 0x8D): return false
        case (0x80...0x82, _): continue
        default: return false
        }
      default: return false
      }
    }
    return true
  }
}
