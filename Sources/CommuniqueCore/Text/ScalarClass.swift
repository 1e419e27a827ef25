/// What the hand-written name scanners ask of a Unicode scalar, as bit flags: the classes the
/// regular expressions they replace used (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\s`, and what `\b`
/// reads), from a table for the scalars a French text mostly holds.
enum ScalarClass {
  /// `\p{L}`: any letter.
  static let letter: UInt8 = 1
  /// `\p{Lu}`.
  static let upper: UInt8 = 2
  /// `\p{Ll}`.
  static let lower: UInt8 = 4
  /// `\s`: the White_Space property (U+00A0 and U+202F included).
  static let space: UInt8 = 8
  /// A word character of `\b`: alphabetic, a mark, a decimal digit, a connector, ZWNJ, ZWJ.
  static let word: UInt8 = 16
  /// A scalar `\b` looks through: a grapheme extender or a format character.
  static let transparent: UInt8 = 32

  /// The scalars below this one are classed by `table`.
  static let tableSize: UInt32 = 0x800
  /// The flags of the scalars below `tableSize`, made once and kept for the process's life
  /// (a pointer, so that scanners read it without the lazy global's check).
  nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(tableSize))
    for value in 0..<tableSize { table[Int(value)] = Unicode.Scalar(value).map(computed) ?? 0 }
    return UnsafePointer(table)
  }()

  /// The flags of the scalar `value`.
  static func flags(_ value: UInt32) -> UInt8 {
    value < tableSize ? table[Int(value)] : computed(value)
  }

  /// The flags of the scalar `value`, computed from its properties.
  static func computed(_ value: UInt32) -> UInt8 {
    Unicode.Scalar(value).map(computed) ?? 0
  }

  /// The flags as the engine (ICU 76, Unicode 16) reads them from the standard library's newer
  /// tables: a scalar assigned later has none there, and U+0295 `ʕ` is still lower-case.
  private static func computed(_ scalar: Unicode.Scalar) -> UInt8 {
    let properties = scalar.properties
    guard let age = properties.age, age.major <= 16 else { return 0 }
    var flags: UInt8 = 0
    switch scalar.value == 0x295 ? .lowercaseLetter : properties.generalCategory {
    case .uppercaseLetter: flags |= letter | upper
    case .lowercaseLetter: flags |= letter | lower
    case .titlecaseLetter, .modifierLetter, .otherLetter: flags |= letter
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
      flags |= word
    case .format: flags |= transparent
    default: break
    }
    if properties.isWhitespace { flags |= space }
    if properties.isAlphabetic || scalar.value == 0x200C || scalar.value == 0x200D {
      flags |= word
    }
    if properties.isGraphemeExtend { flags |= transparent }
    return flags
  }
}

extension ScalarClass {
  /// `\p{Lu}`.
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { flags(scalar.value) & upper != 0 }

  /// `\p{Ll}`.
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool { flags(scalar.value) & lower != 0 }

  /// `\p{L}`.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool { flags(scalar.value) & letter != 0 }
}
