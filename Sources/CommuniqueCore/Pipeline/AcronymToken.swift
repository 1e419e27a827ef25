/// The words that may be acronyms: two to ten capitals, digits or `&` opened by a capital
/// (`OIM`, `G5`, `R&D`), with no letter or digit on either side; read on Unicode scalars, not
/// by a regular expression (it ran at every position of every paragraph).
enum AcronymToken {
  /// The longest token, in scalars.
  private static let maximumLength = 10

  /// The ranges of the tokens of `text`, first to last.
  ///
  /// Reads `text`'s scalars; the string indices of a token are found by walking forward from
  /// the last one found, adding up the scalars' UTF-8 lengths.
  static func ranges(in text: ScalarText) -> [Range<String.Index>] {
    let utf8 = text.text.utf8
    var cursor = (scalar: 0, offset: 0)
    /// The string index of the scalar at `position`, never before the cursor's.
    func index(at position: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String.Index {
      while cursor.scalar < position {
        cursor.offset += UTF8.width(scalars[cursor.scalar])
        cursor.scalar += 1
      }
      return utf8.index(utf8.startIndex, offsetBy: cursor.offset)
    }
    return text.scalars.withUnsafeBufferPointer { scalars in
      latin.withUnsafeBufferPointer { table in tokens(in: scalars, table, index: index) }
    }
  }

  /// The ranges of the tokens of `scalars`, the string indices given by `index`; the scalars'
  /// classes read in `table` (`latin`) when it holds them.
  private static func tokens(
    in scalars: UnsafeBufferPointer<Unicode.Scalar>, _ table: UnsafeBufferPointer<UInt8>,
    index: (Int, UnsafeBufferPointer<Unicode.Scalar>) -> String.Index
  ) -> [Range<String.Index>] {
    let isUppercase = { (scalar: Unicode.Scalar) in Self.isUppercase(scalar, table) }
    let isLetterOrDigit = { (scalar: Unicode.Scalar) in Self.isLetterOrDigit(scalar, table) }
    var ranges: [Range<String.Index>] = []
    var position = 0
    while position < scalars.count {
      guard isUppercase(scalars[position]),
        position == 0 || !isLetterOrDigit(scalars[position - 1])
      else {
        position += 1
        continue
      }
      var runEnd = position + 1
      while runEnd < scalars.count, runEnd - position < maximumLength,
        isUppercase(scalars[runEnd]) || ("0"..."9").contains(scalars[runEnd])
          || scalars[runEnd] == "&"
      {
        runEnd += 1
      }
      // The longest run not followed by a letter or a digit (the pattern's backtracking).
      var end = runEnd
      while end > position + 1, end < scalars.count, isLetterOrDigit(scalars[end]) {
        end -= 1
      }
      if end > position + 1, end == scalars.count || !isLetterOrDigit(scalars[end]) {
        let lower = index(position, scalars)
        ranges.append(lower..<index(end, scalars))
        position = end
      } else {
        position += 1
      }
    }
    return ranges
  }

  /// `uppercase` for an upper-case letter, `letterOrDigit` for any letter or digit, for each
  /// Latin-1 scalar (worked out once from the general categories).
  private static let latin: [UInt8] = (0..<0x100).map { value in
    let scalar = Unicode.Scalar(UInt8(value))
    return (category(isUppercase: scalar) ? uppercase : 0)
      | (category(isLetterOrDigit: scalar) ? letterOrDigit : 0)
  }
  private static let uppercase: UInt8 = 1
  private static let letterOrDigit: UInt8 = 2

  /// Whether the scalar is an upper-case letter, read in `table` (`latin`) when it can be.
  @inline(__always)
  private static func isUppercase(_ scalar: Unicode.Scalar, _ table: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    scalar.value < 0x100
      ? table[Int(scalar.value)] & uppercase != 0 : category(isUppercase: scalar)
  }

  /// Whether the scalar is a letter or a digit, read in `table` (`latin`) when it can be.
  @inline(__always)
  private static func isLetterOrDigit(
    _ scalar: Unicode.Scalar, _ table: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    scalar.value < 0x100
      ? table[Int(scalar.value)] & letterOrDigit != 0 : category(isLetterOrDigit: scalar)
  }

  /// Whether the scalar is an upper-case letter, by its general category.
  private static func category(isUppercase scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .uppercaseLetter
  }

  /// Whether the scalar is a letter or a digit, by its general category.
  private static func category(isLetterOrDigit scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default: return false
    }
  }
}
