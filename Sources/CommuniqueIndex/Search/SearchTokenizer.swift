import CommuniqueCore

/// Splits text into the words the index and the queries agree on: letters and digits only,
/// folded by `TextFolding` with their accents kept (the French stemmer needs them; the index
/// stores each word and its stem fully folded, see `IndexedText`). Apostrophes (straight or
/// curly), hyphens and punctuation separate words.
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
      switch scalar.value {
      case 0x61...0x7A, 0x30...0x39: current.append(UInt8(scalar.value))
      case 0..<0x80: flush()
      default: UTF8.encode(scalar) { current.append($0) }
      }
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x61...0x7A, 0x30...0x39: current.append(UInt8(value))
      case 0x41...0x5A: current.append(UInt8(value + 0x20))
      case 0..<0x80, 0xD7, 0xF7: flush()
      default:
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil
          || (properties.generalCategory == .nonspacingMark && !current.isEmpty)
        {
          TextFolding.forEachFolded(scalar, keepingAccents: true, append)
        } else {
          flush()
        }
      }
    }
    flush()
    return words
  }
}
