import CommuniqueCore

/// What a non-ASCII scalar does to the word `SearchTokenizer` is reading: letters and digits
/// (and combining marks inside a word) add their folded form (`TextFolding`, accents kept),
/// anything else ends the word. Worked out once for the scalars French text is made of (Latin
/// letters up to U+07FF and the general punctuation block: curly apostrophes, dashes, thin
/// no-break spaces), on demand for the others.
struct TokenScalar {
  /// The part a scalar plays.
  enum Kind: UInt8 {
    /// Ends the word (punctuation, space, symbol, `×`, `÷`).
    case separator
    /// A letter or a digit: its folded form joins the word.
    case part
    /// A combining mark: joins a word already begun, ends nothing begun.
    case mark
  }

  /// The part the scalar plays.
  let kind: Kind
  /// The UTF-8 bytes of its folded form (for `part` and `mark`).
  let folded: ArraySlice<UInt8>

  /// What the scalar `value` does, `common` being `TokenScalar.common` (read once by the
  /// caller, not once per scalar).
  static func action(of value: UInt32, common: [TokenScalar]) -> TokenScalar {
    if value < 0x800 { return common[Int(value) - 0x80] }
    if value >= 0x2000, value < 0x2070 { return common[Int(value) - 0x2000 + 0x780] }
    return worked(out: value)
  }

  /// The actions of U+0080…U+07FF, then of U+2000…U+206F.
  static let common: [TokenScalar] =
    (UInt32(0x80)..<0x800).map(worked(out:)) + (UInt32(0x2000)..<0x2070).map(worked(out:))

  /// What the scalar `value` does, from its Unicode properties and `TextFolding`.
  private static func worked(out value: UInt32) -> TokenScalar {
    guard let scalar = Unicode.Scalar(value), value != 0xD7, value != 0xF7 else {
      return TokenScalar(kind: .separator, folded: [])
    }
    let properties = scalar.properties
    let kind: Kind
    if properties.isAlphabetic || properties.numericType != nil {
      kind = .part
    } else if properties.generalCategory == .nonspacingMark {
      kind = .mark
    } else {
      return TokenScalar(kind: .separator, folded: [])
    }
    var folded: [UInt8] = []
    TextFolding.forEachFolded(scalar, keepingAccents: true) { part in
      UTF8.encode(part) { folded.append($0) }
    }
    return TokenScalar(kind: kind, folded: folded[...])
  }
}
