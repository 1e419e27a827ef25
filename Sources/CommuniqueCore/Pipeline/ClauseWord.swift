/// A word of the clause before an acronym's parenthesis, with what `AcronymPairing` asks of it
/// worked out once: the word without its elided article, in lower case, and whether it opens
/// with a capital.
struct ClauseWord {
  /// The word as written, without the comma after it.
  var text: String
  /// The word with an elided article removed (`l’Organisation` → `Organisation`).
  var bare: String
  /// Whether a comma follows it.
  var comma: Bool
  /// `bare.lowercased()`.
  var lower: String
  /// Whether `bare` opens with a capital (its first character is upper case).
  var capitalised: Bool

  init(text: String, comma: Bool) {
    self.text = text
    self.comma = comma
    bare = AcronymPairing.stripElision(text)
    lower = LatinLowercase.of(bare)
    capitalised = Self.opensWithCapital(bare)
  }

  /// `word.first?.isUppercase == true`, read on the bytes when the first character is a lone
  /// ASCII scalar (an ASCII byte followed by another or by nothing).
  private static func opensWithCapital(_ word: String) -> Bool {
    var bytes = word.utf8.makeIterator()
    guard let first = bytes.next() else { return false }
    if first < 0x80, (bytes.next() ?? 0) < 0x80 { return first >= 0x41 && first <= 0x5A }
    return word.first?.isUppercase == true
  }

  /// The words of the clause that ends `text` (it starts after the last sentence punctuation,
  /// bracket, guillemet or line break), split at spaces and no-break spaces.
  static func clause(ending text: Substring) -> [ClauseWord] {
    let clause = text[clauseStart(text)...]
    var words =
      (clause.utf8.withContiguousStorageIfAvailable(loneScalarWords) ?? nil)
      ?? characterWords(clause)
    if let last = words.indices.last { words[last].comma = false }
    return words
  }

  /// The words of a clause of lone scalars (one character each), split on its bytes; nil for
  /// another clause.
  private static func loneScalarWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [ClauseWord]? {
    guard LoneScalars.all(bytes) else { return nil }
    var words: [ClauseWord] = []
    var start = 0
    var index = 0
    while index <= bytes.count {
      let separator: Int
      if index == bytes.count {
        separator = 1
      } else if bytes[index] == 0x20 {
        separator = 1
      } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
        separator = 2
      } else {
        index += 1
        continue
      }
      var end = index
      let comma = end > start && bytes[end - 1] == UInt8(ascii: ",")
      if comma { end -= 1 }
      if end > start {
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        words.append(ClauseWord(text: text, comma: comma))
      }
      index += separator
      start = index
    }
    return words
  }

  /// The words of any clause, split by characters.
  private static func characterWords(_ clause: Substring) -> [ClauseWord] {
    var words: [ClauseWord] = []
    for piece in clause.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
      var text = String(piece)
      var comma = false
      if text.hasSuffix(",") {
        text.removeLast()
        comma = true
      }
      guard !text.isEmpty else { continue }
      words.append(ClauseWord(text: text, comma: comma))
    }
    return words
  }

  /// Where the clause that ends `text` starts: after the last sentence punctuation, bracket,
  /// guillemet or line break, found on the UTF-8 bytes.
  private static func clauseStart(_ text: Substring) -> Substring.Index {
    let utf8 = text.utf8
    let offset =
      utf8.withContiguousStorageIfAvailable(clauseStartOffset)
      ?? Array(utf8).withUnsafeBufferPointer(clauseStartOffset)
    return utf8.index(utf8.startIndex, offsetBy: offset)
  }

  /// `clauseStart` as an offset in `bytes`.
  private static func clauseStartOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var position = bytes.count
    while position > 0 {
      let stop = position
      position -= 1
      switch bytes[position] {
      case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
        UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "\n"):
        return stop
      case 0xAB, 0xBB:
        // « and » are C2 AB and C2 BB.
        if position > 0, bytes[position - 1] == 0xC2 { return stop }
      default: continue
      }
    }
    return 0
  }
}
