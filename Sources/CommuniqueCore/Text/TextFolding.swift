import Foundation

/// The one folding that decides whether two words are the same in the full-text index, in the
/// queries, in the search snippets and in the reader's highlight: lower case, accents removed,
/// ligatures spelt out (`œ` → `oe`, `æ` → `ae`, `ß` → `ss`), apostrophes made straight
/// (`’` → `'`), compatibility forms made plain (`ﬁ` → `fi`, no-break space → space). So
/// `oeuvre` finds and highlights `œuvre`, `strasse` `Straße`, and `l'OIM` `l’OIM`.
public enum TextFolding {
  /// The folded form of a text.
  public static func fold(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return text }
    var folded = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { forEachFolded(scalar) { folded.append($0) } }
    return String(folded)
  }

  /// The folded form of one character: possibly several letters (`œ`), possibly none (a lone
  /// combining accent).
  public static func fold(_ character: Character) -> String {
    var folded = String.UnicodeScalarView()
    for scalar in character.unicodeScalars { forEachFolded(scalar) { folded.append($0) } }
    return String(folded)
  }

  /// Calls `body` with each scalar `scalar` folds to, in order. With `keepingAccents`, the
  /// accents stay (`É` → `é`, a combining accent is kept) and everything else is folded the
  /// same: the form the French stemmer needs before its result is folded in turn.
  public static func forEachFolded(
    _ scalar: Unicode.Scalar, keepingAccents: Bool = false, _ body: (Unicode.Scalar) -> Void
  ) {
    let value = scalar.value
    if value < 0x80 {
      body(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
      return
    }
    if let slot = slot(of: value) {
      let forms = table[slot]
      for folded in keepingAccents ? forms.spelled : forms.folded { body(folded) }
      return
    }
    if scalar.properties.generalCategory == .nonspacingMark {
      if keepingAccents { body(scalar) }
      return
    }
    for folded in scalar.properties.lowercaseMapping.unicodeScalars { body(folded) }
  }

  /// The blocks worked out once: Latin letters, Latin Extended Additional, general punctuation
  /// (apostrophes, spaces) and the Latin ligatures `ﬀ`…`ﬆ`.
  private static let blocks: [ClosedRange<UInt32>] = [
    0x80...0x24F, 0x1E00...0x1EFF, 0x2000...0x206F, 0xFB00...0xFB06,
  ]

  /// The place of `value` in `table`, when it is in one of `blocks`.
  private static func slot(of value: UInt32) -> Int? {
    var offset = 0
    for block in blocks {
      if block.contains(value) { return offset + Int(value - block.lowerBound) }
      offset += block.count
    }
    return nil
  }

  /// Letters that decompose into no plain letter, and what they fold to.
  private static let special: [Unicode.Scalar: String] = [
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss", "’": "'", "‘": "'",
    "ʼ": "'", "‛": "'", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ħ": "h",
    "Ħ": "h", "ı": "i",
  ]

  /// The two forms of every scalar of `blocks`, in order.
  private static let table: [(spelled: [Unicode.Scalar], folded: [Unicode.Scalar])] =
    blocks.flatMap { block in
      block.map { value -> (spelled: [Unicode.Scalar], folded: [Unicode.Scalar]) in
        guard let scalar = Unicode.Scalar(value) else { return ([], []) }
        if let plain = special[scalar] {
          return (Array(plain.unicodeScalars), Array(plain.unicodeScalars))
        }
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping
        let spelled = decomposed.precomposedStringWithCanonicalMapping.lowercased()
        var bare = String.UnicodeScalarView()
        bare.append(
          contentsOf: decomposed.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
          })
        return (Array(spelled.unicodeScalars), Array(String(bare).lowercased().unicodeScalars))
      }
    }
}
