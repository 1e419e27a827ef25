/// The words of a text between spaces (`text.split(separator: " ").map(String.init)`), cut
/// on the UTF-8 bytes when no character of the text holds more than one scalar.
enum SpacedWords {
  /// The words of `text` between spaces, empty words left out.
  static func split(_ text: String) -> [String] {
    var text = text
    let fast = text.withUTF8 { bytes -> [String]? in
      // Room for every word at once (a name has a few): the array grown from empty was
      // reallocated at its second and third word.
      var words: [String] = []
      words.reserveCapacity(bytes.count { $0 == 0x20 } + 1)
      var start = 0
      for index in bytes.indices {
        let byte = bytes[index]
        if byte == 0x20 {
          if index > start { words.append(word(bytes, start..<index)) }
          start = index + 1
        } else if byte == 0x0D || (byte >= 0xCC && byte & 0xC0 != 0x80) {
          // A carriage return, or a scalar from U+0300 on: one may join a character with
          // the scalar before or after it, a space included.
          return nil
        }
      }
      if bytes.count > start { words.append(word(bytes, start..<bytes.count)) }
      return words
    }
    return fast ?? text.split(separator: " ").map(String.init)
  }

  /// The word at `range` of `bytes`.
  private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
