/// Splits text into the words the index and the queries agree on: letters and digits only,
/// lower-cased, ligatures spelt out (`œ` → `oe`, `æ` → `ae`); apostrophes (straight or curly),
/// hyphens and punctuation separate words. Accents are kept here (the stemmer needs them);
/// SQLite's `unicode61` tokenizer removes them in the index and in queries alike.
public enum SearchTokenizer {
  /// The words of `text`, in order.
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let value = scalar.value
        if value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 {
          current.append(scalar)
        } else if value >= 0x41 && value <= 0x5A {
          current.append(Unicode.Scalar(value + 0x20)!)
        } else {
          flush()
        }
        continue
      }
      switch scalar {
      case "œ", "Œ": current.append(contentsOf: "oe".unicodeScalars)
      case "æ", "Æ": current.append(contentsOf: "ae".unicodeScalars)
      default:
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil {
          current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
        } else if properties.generalCategory == .nonspacingMark, !current.isEmpty {
          current.append(scalar)
        } else {
          flush()
        }
      }
    }
    flush()
    return words
  }
}
