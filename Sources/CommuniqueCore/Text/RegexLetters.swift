/// The letter classes `\p{Lu}`, `\p{Ll}` and `\p{L}` as the regular-expression engine reads them
/// (ICU 76, Unicode 16), from the standard library's newer tables (Unicode 17): scalars
/// assigned after Unicode 16 are no letters there, and U+0295 `ʕ` is still a lower-case letter.
/// `OrganisationStageOracleTests` checks every scalar against the engine.
enum RegexLetters {
  /// `\p{Lu}`.
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ("A"..."Z").contains(scalar) }
    return category(of: scalar) == .uppercaseLetter
  }

  /// `\p{Ll}`.
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ("a"..."z").contains(scalar) }
    return category(of: scalar) == .lowercaseLetter
  }

  /// `\p{L}`.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) }
    switch category(of: scalar) {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default: return false
    }
  }

  /// The general category in Unicode 16.
  private static func category(of scalar: Unicode.Scalar) -> Unicode.GeneralCategory {
    if scalar.value == 0x295 { return .lowercaseLetter }
    let properties = scalar.properties
    guard let age = properties.age, age.major <= 16 else { return .unassigned }
    return properties.generalCategory
  }
}
