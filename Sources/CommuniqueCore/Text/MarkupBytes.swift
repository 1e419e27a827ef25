/// Which scraping remnants a text may hold, read in one pass over its bytes eight at a time:
/// the exact tests `HTMLEntities.clean` needs before it runs its patterns (a tag needs a `<`, a
/// mail link `"mailto:`, an entity a `&`).
enum MarkupBytes {
  /// A `<` or `"mailto:` occurs: a tag or a mail link may.
  static let tag: UInt8 = 1
  /// A `&` occurs: an entity may.
  static let ampersand: UInt8 = 2

  private static let mailto = Array("\"mailto:".utf8)

  /// The flags of what occurs in `text`.
  static func marks(in text: String) -> UInt8 {
    if let marks = text.utf8.withContiguousStorageIfAvailable(marks(in:)) { return marks }
    return Array(text.utf8).withUnsafeBufferPointer(marks(in:))
  }

  /// The flags of what occurs in `bytes`.
  private static func marks(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var marks: UInt8 = 0
    var index = 0
    while index + 8 <= bytes.count {
      let word = ByteWord.load(bytes, at: index)
      if ByteWord.holds(0x3C, in: word) || ByteWord.holds(0x26, in: word)
        || ByteWord.holds(0x22, in: word)
      {
        for offset in index..<index + 8 { marks |= mark(bytes, at: offset) }
        if marks == tag | ampersand { return marks }
      }
      index += 8
    }
    while index < bytes.count {
      marks |= mark(bytes, at: index)
      index += 1
    }
    return marks
  }

  /// The flag the byte at `index` raises, if any.
  @inline(__always)
  private static func mark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
    switch bytes[index] {
    case 0x3C: return tag
    case 0x26: return ampersand
    case 0x22: return bytes.holds(mailto, at: index) ? tag : 0
    default: return 0
    }
  }
}
