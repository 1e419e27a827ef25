/// The words that may be acronyms: two to ten capitals, digits or `&` opened by a capital
/// (`OIM`, `G5`, `R&D`), with no letter or digit on either side; read on Unicode scalars, not
/// by a regular expression (it ran at every position of every paragraph).
enum AcronymToken {
  /// The longest token, in scalars.
  private static let maximumLength = 10

  /// The ranges of the tokens of `text`, first to last.
  static func ranges(in text: String) -> [Range<String.Index>] {
    let scalars = Array(text.unicodeScalars)
    var indices: [String.Index] = []
    indices.reserveCapacity(scalars.count + 1)
    var index = text.unicodeScalars.startIndex
    while index < text.unicodeScalars.endIndex {
      indices.append(index)
      index = text.unicodeScalars.index(after: index)
    }
    indices.append(text.unicodeScalars.endIndex)
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
        isRunScalar(scalars[runEnd])
      {
        runEnd += 1
      }
      // The longest run not followed by a letter or a digit (the pattern's backtracking).
      var end = runEnd
      while end > position + 1, end < scalars.count, isLetterOrDigit(scalars[end]) {
        end -= 1
      }
      if end > position + 1, end == scalars.count || !isLetterOrDigit(scalars[end]) {
        ranges.append(indices[position]..<indices[end])
        position = end
      } else {
        position += 1
      }
    }
    return ranges
  }

  private static func isRunScalar(_ scalar: Unicode.Scalar) -> Bool {
    isUppercase(scalar) || ("0"..."9").contains(scalar) || scalar == "&"
  }

  private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ("A"..."Z").contains(scalar) }
    return scalar.properties.generalCategory == .uppercaseLetter
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
        || ("0"..."9").contains(scalar)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default: return false
    }
  }
}
