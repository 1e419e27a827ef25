import CommuniqueCore

/// Splits text into the words the index and the queries agree on: letters and digits only,
/// folded by `TextFolding` with their accents kept (the French stemmer needs them; the index
/// stores each word and its stem fully folded, see `IndexedText`). Apostrophes (straight or
/// curly), hyphens and punctuation separate words.
///
/// Works on the text's UTF-8 bytes: ASCII byte by byte, other scalars through `TokenScalar`,
/// which says what each scalar does to the word being read.
public enum SearchTokenizer {
  /// The words of `text`, in order.
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
    return words
  }

  /// Calls `body` with the UTF-8 bytes of each word of `text`, in order; the buffer is only
  /// valid during the call.
  public static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    let bytes = Array(text.utf8)
    var word: [UInt8] = []
    word.reserveCapacity(64)
    let common = TokenScalar.common
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        switch byte {
        case 0x61...0x7A, 0x30...0x39: word.append(byte)
        case 0x41...0x5A: word.append(byte + 0x20)
        default: flush(&word, body)
        }
        index += 1
        continue
      }
      let (value, length) = bytes.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: index) }
      index += length
      let action = TokenScalar.action(of: value, common: common)
      switch action.kind {
      case .separator: flush(&word, body)
      case .mark where word.isEmpty: break
      case .part, .mark:
        // A folded form's lower-case ASCII letters and digits and its non-ASCII bytes join the
        // word; any other ASCII byte ends it.
        for folded in action.folded {
          switch folded {
          case 0x61...0x7A, 0x30...0x39, 0x80...: word.append(folded)
          default: flush(&word, body)
          }
        }
      }
    }
    flush(&word, body)
  }

  /// Hands `word` to `body`, if it is not empty, and empties it.
  private static func flush(
    _ word: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard !word.isEmpty else { return }
    word.withUnsafeBufferPointer(body)
    word.removeAll(keepingCapacity: true)
  }
}
