/// The paragraphs read character by character (quote offsets count characters), each read
/// the first time it is asked for: most paragraphs hold no guillemet and are never needed.
///
/// A plain Latin paragraph (`String.isPlainLatin`), where every scalar is a character, is
/// read on its UTF-8 bytes, eight ASCII bytes at a time; others character by character.
struct CharacterParagraphs {
  private let paragraphs: [String]
  private var built: [Built?]

  /// One paragraph, read.
  private struct Built {
    /// The UTF-8 offset where each character starts, and where the last one ends.
    var starts: [Int]
    /// The offset of each « and », and whether it is a «.
    var guillemets: [(offset: Int, opens: Bool)]
  }

  init(_ paragraphs: [String]) {
    self.paragraphs = paragraphs
    built = Array(repeating: nil, count: paragraphs.count)
  }

  /// The number of paragraphs.
  var count: Int { paragraphs.count }

  /// The number of characters of paragraph `index`.
  mutating func count(of index: Int) -> Int {
    build(index).starts.count - 1
  }

  /// Where « and » stand in paragraph `index` (character offsets), in order.
  mutating func guillemets(_ index: Int) -> [(offset: Int, opens: Bool)] {
    build(index).guillemets
  }

  /// The text of the characters at `offsets` in paragraph `index`, cut from the paragraph.
  mutating func text(_ index: Int, _ offsets: Range<Int>) -> String {
    let starts = build(index).starts
    let text = paragraphs[index]
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: starts[offsets.lowerBound])
    let upper = utf8.index(utf8.startIndex, offsetBy: starts[offsets.upperBound])
    return String(text[lower..<upper])
  }

  private mutating func build(_ index: Int) -> Built {
    if let paragraph = built[index] { return paragraph }
    var text = paragraphs[index]
    let paragraph =
      text.isPlainLatin ? text.withUTF8(Self.plainLatin) : Self.characters(of: text)
    built[index] = paragraph
    return paragraph
  }

  /// A plain Latin paragraph's UTF-8 `bytes` read: a character starts at each byte that is
  /// no continuation byte (`10xxxxxx`); « is C2 AB, » is C2 BB.
  private static func plainLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> Built {
    var guillemets: [(offset: Int, opens: Bool)] = []
    let starts = [Int](unsafeUninitializedCapacity: bytes.count + 1) { buffer, written in
      let count = bytes.count
      var characters = 0
      var offset = 0
      while offset < count {
        if offset + 8 <= count, ByteWord.isASCII(ByteWord.load(bytes, at: offset)) {
          for next in offset..<offset + 8 {
            buffer[characters] = next
            characters += 1
          }
          offset += 8
          continue
        }
        let byte = bytes[offset]
        if byte & 0xC0 != 0x80 {
          if byte == 0xC2, offset + 1 < count, bytes[offset + 1] | 0x10 == 0xBB {
            guillemets.append((characters, bytes[offset + 1] == 0xAB))
          }
          buffer[characters] = offset
          characters += 1
        }
        offset += 1
      }
      buffer[characters] = count
      written = characters + 1
    }
    return Built(starts: starts, guillemets: guillemets)
  }

  /// Any paragraph read character by character.
  private static func characters(of text: String) -> Built {
    var paragraph = Built(starts: [], guillemets: [])
    let utf8 = text.utf8
    for (offset, position) in text.indices.enumerated() {
      let character = text[position]
      if character == "«" || character == "»" {
        paragraph.guillemets.append((offset, character == "«"))
      }
      paragraph.starts.append(utf8.distance(from: utf8.startIndex, to: position))
    }
    paragraph.starts.append(utf8.count)
    return paragraph
  }

  /// Whether paragraph `index` holds the bytes of `«` or `»` (C2 AB, C2 BB).
  func mayHoldGuillemets(_ index: Int) -> Bool {
    let text = paragraphs[index]
    if let found = text.utf8.withContiguousStorageIfAvailable(Self.holdsGuillemet) {
      return found
    }
    return Array(text.utf8).withUnsafeBufferPointer(Self.holdsGuillemet)
  }

  /// Whether `bytes` hold C2 AB or C2 BB: the bytes AB and BB are looked for eight at a time,
  /// and the byte before each checked.
  private static func holdsGuillemet(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    guard count >= 2, let base = bytes.baseAddress else { return false }
    /// Whether a guillemet's second byte at `offset` (from 1 on) follows C2.
    func isGuillemet(_ offset: Int) -> Bool {
      base[offset] | 0x10 == 0xBB && base[offset - 1] == 0xC2
    }
    var offset = 1
    while offset + 8 <= count {
      // AB and BB are the bytes that `| 0x10` makes BB.
      if ByteWord.holds(0xBB, in: ByteWord.load(bytes, at: offset) | ByteWord.ones &* 0x10) {
        for next in offset..<offset + 8 where isGuillemet(next) { return true }
      }
      offset += 8
    }
    while offset < count {
      if isGuillemet(offset) { return true }
      offset += 1
    }
    return false
  }
}
