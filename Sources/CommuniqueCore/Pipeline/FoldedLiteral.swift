/// A lower-case literal of a pattern (ASCII letters, `é` or `à`) compared with a text's bytes
/// as the regular-expression engine compares it case-insensitively: an ASCII letter of the
/// text matches its own letter in either case, `é` and `É` match `é`, `à` and `À` match `à`.
/// Where another scalar beyond ASCII stands and may case-fold to the literal's letters (`ſ`,
/// `ß`, `İ`…), the bytes do not tell.
enum FoldedLiteral {
  /// How the literal compares with the text at a place.
  enum Reading {
    /// It matches, and ends at `end`.
    case yes(end: Int)
    /// It does not match.
    case no
    /// The bytes do not tell.
    case unknown
  }

  /// How `literal` compares with `bytes` at `start`.
  static func read(
    _ literal: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Reading {
    var index = start
    var offset = 0
    while offset < literal.count {
      guard index < bytes.count else { return .no }
      let byte = bytes[index]
      if literal[offset] == 0xC3 {
        // `é` or `à`: the text's letter in either case (`C3 A9` or `C3 89`, `C3 A0` or
        // `C3 80`); an ASCII byte is not it.
        if byte < 0x80 { return .no }
        let lower = literal[offset + 1]
        guard byte == 0xC3, index + 1 < bytes.count,
          bytes[index + 1] == lower || bytes[index + 1] == lower - 0x20
        else { return foldsToLatinLetters(bytes, at: index) ? .unknown : .no }
        index += 2
        offset += 2
        continue
      }
      if byte >= 0x80 { return foldsToLatinLetters(bytes, at: index) ? .unknown : .no }
      let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      guard lower == literal[offset] else { return .no }
      index += 1
      offset += 1
    }
    return .yes(end: index)
  }

  /// Scalars below U+0250 whose case folding holds an ASCII letter: `ß`, `İ`, `ŉ`, `ſ`, `ǰ`.
  private static let foldingToASCII: Set<UInt32> = [0xDF, 0x130, 0x149, 0x17F, 0x1F0]

  /// Whether the scalar at `index` (beyond ASCII, and not the pattern's `é` or `à` in either
  /// case where the pattern has it) may match a letter of the pattern: false below U+0250
  /// when its case folding holds no ASCII letter (it folds to itself or to another letter
  /// beyond ASCII) and for general punctuation (which does not fold); true, the bytes not
  /// telling, otherwise.
  private static func foldsToLatinLetters(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    let value = UTF8Scalar.decode(bytes, at: index).value
    if (0x2000...0x206F).contains(value) { return false }
    return value >= 0x250 || foldingToASCII.contains(value)
  }
}

extension FoldedLiteral.Reading {
  /// This reading, then what `next` reads from its end: yes only when both match, no when
  /// either fails.
  func followed(by next: (Int) -> FoldedLiteral.Reading) -> FoldedLiteral.Reading {
    switch self {
    case .yes(let end): return next(end)
    case .no: return .no
    case .unknown: return .unknown
    }
  }
}
