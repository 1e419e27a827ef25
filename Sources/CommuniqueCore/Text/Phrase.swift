/// A short phrase of literal words as the name patterns wrote it: a space between two words
/// stands for any white space (`\s+`), a `’` for either apostrophe (`['’]`). `de la` is
/// `de\s+la`, `d’` is `d['’]`.
struct Phrase: Sendable {
  /// The phrase's UTF-8 bytes, a space standing for `\s+` and `'` for `['’]`.
  private let pattern: [UInt8]
  /// A word that must not follow the phrase after white space (`au(?!\s+sein)`).
  private let refused: [UInt8]?
  /// The byte the phrase starts with (a literal one).
  let firstByte: UInt8

  init(_ text: String, unlessFollowedBy refused: String? = nil) {
    pattern = text.unicodeScalars.flatMap { scalar in
      scalar == "’" ? [UInt8(ascii: "'")] : Array(String(scalar).utf8)
    }
    precondition(pattern.first.map { $0 != 0x20 && $0 != 0x27 } == true)
    firstByte = pattern[0]
    self.refused = refused.map { Array($0.utf8) }
  }

  /// Where the phrase ends when the text holds it at `offset`.
  func end(at offset: Int, in text: NameText) -> Int? {
    guard offset < text.limit, text.bytes[offset] == firstByte else { return nil }
    var position = offset
    for byte in pattern {
      switch byte {
      case 0x20:
        guard let end = text.someSpaces(from: position) else { return nil }
        position = end
      case 0x27:
        guard text.isApostrophe(at: position) else { return nil }
        position = text.scalar(at: position).next
      default:
        guard position < text.limit, text.bytes[position] == byte else { return nil }
        position += 1
      }
    }
    if let refused, let next = text.someSpaces(from: position), text.holds(refused, at: next) {
      return nil
    }
    return position
  }
}
