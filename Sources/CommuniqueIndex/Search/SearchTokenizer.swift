/// Splits text into the words the index and the queries agree on: letters and digits only,
/// lower-cased, ligatures spelt out (`œ` → `oe`, `æ` → `ae`); apostrophes (straight or curly),
/// hyphens and punctuation separate words. Accents are kept here (the stemmer needs them);
/// SQLite's `unicode61` tokenizer removes them in the index and in queries alike.
public enum SearchTokenizer {
  /// The words of `text`, in order.
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    func flush() {
      if !current.isEmpty {
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    func append(_ scalar: Unicode.Scalar) {
      UTF8.encode(scalar) { current.append($0) }
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x61...0x7A, 0x30...0x39: current.append(UInt8(value))
      case 0x41...0x5A: current.append(UInt8(value + 0x20))
      case 0..<0x80, 0xD7, 0xF7: flush()
      case 0x153, 0x152: current += [0x6F, 0x65]
      case 0xE6, 0xC6: current += [0x61, 0x65]
      case 0xC0...0xDE: append(Unicode.Scalar(value + 0x20)!)
      case 0xDF...0xFF: append(scalar)
      default:
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil {
          properties.lowercaseMapping.unicodeScalars.forEach(append)
        } else if properties.generalCategory == .nonspacingMark, !current.isEmpty {
          append(scalar)
        } else {
          flush()
        }
      }
    }
    flush()
    return words
  }
}
