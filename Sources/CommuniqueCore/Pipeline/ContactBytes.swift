/// The contacts parser's byte-level shortcuts: tests that turn lines away before a regular
/// expression reads them, and splits read on the bytes where they give what the characters
/// give.
enum ContactBytes {
  /// Whether `text` may open with one of the labels `ContactsParser` reads (`Tél`, `Email`,
  /// …): false when its first byte is an ASCII byte that is none of their first letters, in
  /// either case (no other character case-folds to an ASCII letter).
  static func mayOpenWithLabel(_ text: String) -> Bool {
    guard let first = text.utf8.first, first < 0x80 else { return true }
    switch first | 0x20 {
    case UInt8(ascii: "t"), UInt8(ascii: "p"), UInt8(ascii: "m"), UInt8(ascii: "c"),
      UInt8(ascii: "g"), UInt8(ascii: "f"), UInt8(ascii: "e"):
      return true
    default: return false
    }
  }

  /// What every label inside a line holds, compared with ASCII letters in either case and `é`
  /// as `é` or `É`.
  private static let labelWords = [
    "tel", "tél", "phone", "mobile", "portable", "fax", "mail", "courriel",
  ]
  .map { Array($0.utf8) }

  /// Whether `text` may hold a label inside it: one of `labelWords` occurs, ASCII letters in
  /// either case, `é` or `É` for `é` (the engine matches no other scalar with their letters).
  static func mayHoldLabel(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for start in bytes.indices {
        switch bytes[start] | 0x20 {
        case UInt8(ascii: "t"), UInt8(ascii: "p"), UInt8(ascii: "m"), UInt8(ascii: "f"),
          UInt8(ascii: "c"):
          if labelWords.contains(where: { holdsFolded($0, in: bytes, at: start) }) { return true }
        default: continue
        }
      }
      return false
    }
  }

  /// Whether `word` (lower-case ASCII, or `é`) is at `start` in `bytes`, ASCII letters in
  /// either case, `é` or `É` for `é`.
  private static func holdsFolded(
    _ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Bool {
    if case .yes = FoldedLiteral.read(word, in: bytes, at: start) { return true }
    return false
  }

  /// `text` split at `,`, `;` and U+001F characters, empty pieces left out: on the bytes when
  /// the text is plain Latin (each scalar a character of its own), else character by
  /// character.
  static func pieces(of text: String) -> [Substring] {
    let isSeparator: (Character) -> Bool = { $0 == "," || $0 == ";" || $0 == "\u{1F}" }
    guard text.isPlainLatin else { return text.split(whereSeparator: isSeparator) }
    let utf8 = text.utf8
    var pieces: [Substring] = []
    var start = utf8.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == 0x1F {
        if start < index { pieces.append(text[start..<index]) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start < utf8.endIndex { pieces.append(text[start..<utf8.endIndex]) }
    return pieces
  }

  /// False when `text` cannot open with `ou ` once lower-cased: its first byte is an ASCII
  /// byte other than `o` and `O`.
  static func mayOpenWithOu(_ text: String) -> Bool {
    guard let first = text.utf8.first, first < 0x80 else { return true }
    return first | 0x20 == UInt8(ascii: "o")
  }

  /// The ASCII digits of a plain Latin `text` once every `(0)` is taken out, read on the
  /// bytes; nil when the text is not plain Latin.
  static func digitsOutsideTrunkZero(_ text: String) -> String? {
    guard text.isPlainLatin else { return nil }
    var text = text
    return text.withUTF8 { bytes in
      var digits: [UInt8] = []
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "("), index + 2 < bytes.count,
          bytes[index + 1] == UInt8(ascii: "0"),
          bytes[index + 2] == UInt8(ascii: ")")
        {
          index += 3
          continue
        }
        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { digits.append(byte) }
        index += 1
      }
      return String(decoding: digits, as: UTF8.self)
    }
  }
}
