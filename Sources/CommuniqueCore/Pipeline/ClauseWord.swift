/// A word of the clause before an acronym's parenthesis, as UTF-8 offsets in the text it was
/// read from, with what `AcronymPairing` asks of every word worked out once: where it starts
/// without its elided article, whether a comma follows it and whether it opens with a capital.
struct ClauseWord {
  /// Where the word as written starts.
  var start: Int
  /// Where the word without its elided article starts (`l’Organisation` → `Organisation`).
  var bareStart: Int
  /// Where the word ends, before its comma.
  var end: Int
  /// Whether a comma follows it.
  var comma: Bool
  /// Whether the bare word opens with a capital (its first character is upper case).
  var capitalised: Bool

  /// The bytes of the word as written.
  var text: Range<Int> { start..<end }
  /// The bytes of the word without its elided article.
  var bare: Range<Int> { bareStart..<end }

  /// The words of the clause that ends `bytes` (the UTF-8 bytes of `text`; it starts after the
  /// last sentence punctuation, bracket, guillemet or line break), split at spaces and
  /// no-break spaces; and whether each of its characters is a lone scalar (then its words'
  /// characters are their scalars).
  static func clause(ending text: Substring, bytes: UnsafeBufferPointer<UInt8>)
    -> (words: [ClauseWord], lone: Bool)
  {
    let start = clauseStart(bytes)
    let clause = UnsafeBufferPointer(rebasing: bytes[start...])
    let lone = LoneScalars.all(clause)
    var words = lone ? loneScalarWords(bytes, from: start) : characterWords(text, from: start)
    if let last = words.indices.last { words[last].comma = false }
    return (words, lone)
  }

  /// The words of a clause of lone scalars (one character each) from `start`, split on its
  /// bytes.
  private static func loneScalarWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> [ClauseWord]
  {
    var words: [ClauseWord] = []
    words.reserveCapacity(16)
    var wordStart = start
    var index = start
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
      let comma = end > wordStart && bytes[end - 1] == UInt8(ascii: ",")
      if comma { end -= 1 }
      if end > wordStart {
        let bareStart = loneBareStart(bytes, wordStart..<end)
        words.append(
          ClauseWord(
            start: wordStart, bareStart: bareStart, end: end, comma: comma,
            capitalised: loneOpensWithCapital(bytes, at: bareStart)))
      }
      index += separator
      wordStart = index
    }
    return words
  }

  /// `AcronymPairing.stripElision` on a word of lone scalars, as the offset of what it keeps:
  /// `l’`, `l'`, `d’`, `d'`, `qu’` or `qu'` in any case, then at least one scalar (a lone
  /// scalar never belongs to the character before it).
  private static func loneBareStart(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>)
    -> Int
  {
    var index = word.lowerBound
    switch bytes[index] | 0x20 {
    case UInt8(ascii: "l"), UInt8(ascii: "d"): index += 1
    case UInt8(ascii: "q"):
      guard index + 1 < word.upperBound, bytes[index + 1] | 0x20 == UInt8(ascii: "u") else {
        return word.lowerBound
      }
      index += 2
    default: return word.lowerBound
    }
    if index < word.upperBound, bytes[index] == UInt8(ascii: "'") {
      index += 1
    } else if index + 2 < word.upperBound, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
      bytes[index + 2] == 0x99
    {
      index += 3
    } else {
      return word.lowerBound
    }
    return index < word.upperBound ? index : word.lowerBound
  }

  /// Whether the lone scalar at `offset` is upper case (`Character.isUppercase`; `A`…`Z` in
  /// ASCII).
  private static func loneOpensWithCapital(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int)
    -> Bool
  {
    let first = bytes[offset]
    if first < 0x80 { return first &- 0x41 < 26 }
    let value = UTF8Scalar.decode(bytes, at: offset).value
    return Character(Unicode.Scalar(value).unsafelyUnwrapped).isUppercase
  }

  /// The words of any clause from the byte `start` of `text`, split by characters.
  private static func characterWords(_ text: Substring, from start: Int) -> [ClauseWord] {
    let utf8 = text.utf8
    let clause = text[utf8.index(utf8.startIndex, offsetBy: start)...]
    var words: [ClauseWord] = []
    for piece in clause.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
      var text = String(piece)
      var comma = false
      if text.hasSuffix(",") {
        text.removeLast()
        comma = true
      }
      guard !text.isEmpty else { continue }
      let wordStart = utf8.distance(from: utf8.startIndex, to: piece.startIndex)
      let end = wordStart + text.utf8.count
      let bare = AcronymPairing.stripElision(text)
      words.append(
        ClauseWord(
          start: wordStart, bareStart: end - bare.utf8.count, end: end, comma: comma,
          capitalised: bare.first?.isUppercase == true))
    }
    return words
  }

  /// Where the clause that ends `bytes` starts: after the last sentence punctuation, bracket,
  /// guillemet or line break.
  private static func clauseStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
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
