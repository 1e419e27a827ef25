import CommuniqueCore

/// What a non-ASCII scalar does to the word `SearchTokenizer` is reading: letters and digits
/// (and combining marks inside a word) add their folded form (`TextFolding`, accents kept),
/// anything else ends the word. Worked out once for the scalars French text is made of (Latin
/// letters up to U+07FF and the general punctuation block: curly apostrophes, dashes, thin
/// no-break spaces), kept flat in `Table`; on demand for the others.
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
  let folded: [UInt8]

  /// The actions of U+0080…U+07FF, then of U+2000…U+206F.
  static let common = Table(
    (UInt32(0x80)..<0x800).map(worked(out:)) + (UInt32(0x2000)..<0x2070).map(worked(out:)))

  /// The entry of `value` in `common`, if it has one.
  @inline(__always)
  static func commonSlot(of value: UInt32) -> Int? {
    if value < 0x800 { return Int(value) - 0x80 }
    if value >= 0x2000, value < 0x2070 { return Int(value) - 0x2000 + 0x780 }
    return nil
  }

  /// What the scalar `value` does, from its Unicode properties and `TextFolding`.
  static func worked(out value: UInt32) -> TokenScalar {
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
    return TokenScalar(kind: kind, folded: folded)
  }

  /// Actions kept flat for the tokenizer's loop: one entry per scalar (its kind and where its
  /// folded bytes are), the folded bytes of all in one arena. Nothing to retain per scalar.
  struct Table: Sendable {
    /// One scalar's action: its kind, and its folded bytes as a range of `folded`.
    struct Entry: Sendable {
      var kind: Kind
      var start: Int32
      var length: Int32
    }

    /// The entries, in the order the actions were given.
    let entries: [Entry]
    /// The folded bytes of every entry, one after the other.
    let folded: [UInt8]

    /// The table of `actions`.
    init(_ actions: [TokenScalar]) {
      var entries: [Entry] = []
      var folded: [UInt8] = []
      for action in actions {
        entries.append(
          Entry(kind: action.kind, start: Int32(folded.count), length: Int32(action.folded.count)))
        folded += action.folded
      }
      self.entries = entries
      self.folded = folded
    }
  }
}
