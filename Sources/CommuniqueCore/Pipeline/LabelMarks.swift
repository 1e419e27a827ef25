/// `ContactsParser`'s label marks read on the bytes: each run of white space that follows a
/// character other than white space and comes before a label (`Tél :`, `Email.`) becomes
/// U+001F, as the regular expression `labelInside` replaces it.
///
/// The engine matches a label's ASCII letters with the text's in either case, `[ée]` with
/// `e`, `E`, `é`, `É`; `\b` after a label is a character other than a word character that
/// is no combining mark or format character; `\s` is the White_Space property. Where the
/// answer hangs on another scalar beyond ASCII (one that may case-fold to a label's letters,
/// or follow a label), the bytes give none.
enum LabelMarks {
  /// The labels, lower-case, `E` standing for `[ée]`.
  private static let labels = [
    "tElEphone", "tEl", "phone", "mobile", "portable", "fax", "e-mail", "email", "courriel",
  ].map { Array($0.utf8) }

  /// `line` with its label marks; nil when the bytes cannot tell.
  static func marked(_ line: String) -> String? {
    var line = line
    return line.withUTF8 { bytes -> String? in
      var output: [UInt8] = []
      var copied = 0
      var index = 0
      while index < bytes.count {
        let space = ScalarBytes.whiteSpaceLength(at: index, in: bytes)
        guard space > 0 else {
          index += ScalarBytes.length(lead: bytes[index])
          continue
        }
        let runStart = index
        index = ScalarBytes.whiteSpaceEnd(from: index + space, in: bytes)
        guard runStart > 0 else { continue }
        switch labelFollows(bytes, at: index) {
        case nil: return nil
        case false?: continue
        case true?:
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<runStart]))
          output.append(0x1F)
          copied = index
        }
      }
      guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// Whether a label, a word boundary, an optional `.`, white space and `:` or `.` follow at
  /// `start`; nil when the bytes cannot tell.
  private static func labelFollows(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool? {
    guard start < bytes.count else { return false }
    if bytes[start] >= 0x80 {
      // No scalar below U+0250 nor any general punctuation case-folds to a string that opens
      // with an ASCII letter.
      let value = UTF8Scalar.decode(bytes, at: start).value
      return value < 0x250 || (0x2000...0x206F).contains(value) ? false : nil
    }
    var unknown = false
    for label in labels {
      switch read(label, in: bytes, at: start) {
      case .unknown: unknown = true
      case .mismatch: continue
      case .match(let end):
        switch boundaryThenColon(bytes, at: end) {
        case nil: unknown = true
        case true?: return true
        case false?: continue
        }
      }
    }
    return unknown ? nil : false
  }

  /// How a label compares with the text at a position.
  private enum Reading {
    case match(end: Int)
    case mismatch
    case unknown
  }

  /// How `label` compares with `bytes` at `start`.
  private static func read(_ label: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int)
    -> Reading
  {
    var index = start
    for unit in label {
      guard index < bytes.count else { return .mismatch }
      let byte = bytes[index]
      if unit == UInt8(ascii: "E") {
        if byte | 0x20 == UInt8(ascii: "e") {
          index += 1
          continue
        }
        if byte == 0xC3, index + 1 < bytes.count,
          bytes[index + 1] == 0xA9 || bytes[index + 1] == 0x89
        {
          index += 2
          continue
        }
        return byte < 0x80 ? .mismatch : .unknown
      }
      guard byte < 0x80 else { return .unknown }
      let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      guard lower == unit else { return .mismatch }
      index += 1
    }
    return .match(end: index)
  }

  /// Whether `\b\.?\s*[:.]` matches at `start`, after a label's last letter; nil when the
  /// bytes cannot tell.
  private static func boundaryThenColon(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int)
    -> Bool?
  {
    guard start < bytes.count else { return false }
    let byte = bytes[start]
    guard byte < 0x80 else { return nil }
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"):
      return false
    default: break
    }
    let index = ScalarBytes.whiteSpaceEnd(from: start, in: bytes)
    return index < bytes.count
      && (bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "."))
  }
}
