/// A text as an array of Unicode scalars, with a case- and apostrophe-folded twin of the
/// same length, for fast whole-word searches whose results are scalar offsets (the unit of
/// `Span`).
struct ScalarText {
  /// The text itself.
  let text: String
  /// The scalars of the text.
  let scalars: [Unicode.Scalar]
  /// The same scalars lower-cased one for one, `’` folded to `'`.
  let folded: [Unicode.Scalar]

  init(_ text: String) {
    self.text = text
    scalars = Array(text.unicodeScalars)
    folded = scalars.map(Self.fold)
  }

  /// The folded form of one scalar (itself when folding would change the length).
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.isASCII {
      return scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
    if scalar == "’" { return "'" }
    switch scalar.value {
    case 0xD7: return scalar
    case 0xC0...0xDE: return Unicode.Scalar(scalar.value + 0x20)!
    case 0xDF...0xFF: return scalar
    default: break
    }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first! : scalar
  }

  func isBoundary(before index: Int) -> Bool {
    index == 0 || !Self.isWordScalar(scalars[index - 1])
  }

  func isBoundary(after index: Int) -> Bool {
    index >= scalars.count || !Self.isWordScalar(scalars[index])
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20
      return (97...122).contains(value) || (48...57).contains(scalar.value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
