/// `ContactsParser`'s `label` pattern read on the bytes: the label that opens an item
/// (`Tél.`, `E-mail :`, `Portable`), then a word boundary, an optional `.`, white space, an
/// optional `:` or `.` and white space, as the engine finds it case-insensitively.
///
/// The alternatives are tried in the pattern's order, `[ée]` spelt out as `e` and `é` (an
/// ASCII letter of the text matches its own letter in either case, `é` and `É` match `é`);
/// `\b` after a label's last letter holds at the end of the text and before a character
/// other than a word character that is no combining mark or format character; `\s` is the
/// White_Space property. The label and the match must end where a character ends, as
/// `Pattern` gives no match otherwise. Where the answer hangs on another scalar beyond ASCII
/// (one that may case-fold to a label's letters, or follow a label or the match), the bytes
/// give none.
enum ContactLabelReader {
  /// The pattern's alternatives, lower-case, `[ée]` spelt out, in the pattern's order.
  private static let labels = [
    "telephone", "teléphone", "télephone", "téléphone", "tel", "tél", "phone", "mobile",
    "portable", "cellulaire", "cell", "gsm", "fax", "e-mail", "email", "courriel", "mail",
  ].map { Array($0.utf8) }

  /// What the bytes tell of the label opening a text.
  enum Opening {
    /// A label opens the text: it ends at `nameEnd`, the match at `end` (UTF-8 offsets).
    case label(nameEnd: Int, end: Int)
    /// No label opens the text.
    case none
    /// The bytes do not tell.
    case unknown
  }

  /// The label that opens `text`.
  static func opening(_ text: String) -> Opening {
    var text = text
    return text.withUTF8 { bytes -> Opening in
      for label in labels {
        switch FoldedLiteral.read(label, in: bytes, at: 0) {
        case .unknown: return .unknown
        case .no: continue
        case .yes(let nameEnd):
          switch boundary(bytes, at: nameEnd) {
          case nil: return .unknown
          case false?: continue
          case true?:
            let end = matchEnd(bytes, from: nameEnd)
            guard end == bytes.count || bytes[end] < 0xCC else { return .unknown }
            return .label(nameEnd: nameEnd, end: end)
          }
        }
      }
      return .none
    }
  }

  /// Whether `\b` holds at `start`, after a label's last letter, where a character ends;
  /// nil when the bytes cannot tell.
  private static func boundary(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool? {
    guard start < bytes.count else { return true }
    let byte = bytes[start]
    if byte < 0x80 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"):
        return false
      default: return true
      }
    }
    if ScalarBytes.whiteSpaceLength(at: start, in: bytes) > 0 { return true }
    // Dashes, quotes and the like (U+2010 to U+2027) are neither word characters nor marks.
    let value = UTF8Scalar.decode(bytes, at: start).value
    return (0x2010...0x2027).contains(value) ? true : nil
  }

  /// Where `\.?\s*[:.]?\s*` ends from `start`.
  private static func matchEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
    index = ScalarBytes.whiteSpaceEnd(from: index, in: bytes)
    if index < bytes.count, bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: ".") {
      index += 1
    }
    return ScalarBytes.whiteSpaceEnd(from: index, in: bytes)
  }
}
