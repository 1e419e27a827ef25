import Foundation

/// Decoded text of a release and what decoding had to do to get it.
public struct DecodedText: Sendable, Equatable {
  /// The text: NFC, `\n` line endings, no control characters but newline.
  public var text: String
  /// True when the bytes do not look like text at all (an image, an archive, binary junk).
  public var isBinary: Bool
  /// What was repaired or assumed, for the release's warnings.
  public var warnings: [ParseWarning]
}

/// Stage 1: bytes to clean Unicode text.
///
/// UTF-8 with or without BOM, UTF-16 with BOM, otherwise Windows-1252; repairs mojibake
/// (`Ã©` → `é`), normalises line endings and Unicode, and drops control characters.
public enum TextDecoder {
  /// Decodes `bytes`.
  public static func decode(_ bytes: [UInt8]) -> DecodedText {
    var warnings: [ParseWarning] = []
    if looksBinary(bytes) {
      return DecodedText(
        text: "", isBinary: true,
        warnings: [
          ParseWarning(line: nil, message: "fichier binaire, pas un texte de communiqué")
        ])
    }
    var text: String
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      text = decodeUTF16(bytes)
    } else if let valid = String(validating: bytes, as: UTF8.self) {
      text = valid
    } else {
      text = Windows1252.decode(bytes)
      warnings.append(
        ParseWarning(line: nil, message: "texte non UTF-8, lu comme Windows-1252"))
    }
    let repaired = MojibakeRepair.repair(text)
    if repaired != text {
      warnings.append(ParseWarning(line: nil, message: "caractères mal encodés réparés"))
      text = repaired
    }
    text = normaliseLineEndings(text)
    if !text.isPlainLatin { text = text.precomposedStringWithCanonicalMapping }
    return DecodedText(text: Sanitiser.clean(text), isBinary: false, warnings: warnings)
  }

  /// A file is binary when it starts with a known binary signature or when more than 1 % of
  /// its first 4 KB are NUL or other control bytes that text never has.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let signatures: [[UInt8]] = [
      [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x25, 0x50, 0x44, 0x46],
      [0x50, 0x4B, 0x03, 0x04], [0x47, 0x49, 0x46, 0x38], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46],
    ]
    if signatures.contains(where: { bytes.starts(with: $0) }) { return true }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
    let sampleCount = min(bytes.count, 4096)
    guard sampleCount > 0 else { return false }
    let suspicious = bytes.withUnsafeBufferPointer { buffer in
      controlCount(UnsafeBufferPointer(rebasing: buffer[..<sampleCount]))
    }
    return suspicious * 100 > sampleCount
  }

  /// The number of bytes below 0x20 other than tab, line feed, form feed and carriage return:
  /// eight bytes at a time are passed over when none of them is below 0x20.
  static func controlCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var index = 0
    while index < bytes.count {
      if index + 8 <= bytes.count,
        !ByteWord.holdsByte(below: 0x20, in: ByteWord.load(bytes, at: index))
      {
        index += 8
        continue
      }
      let end = min(index + 8, bytes.count)
      while index < end {
        let byte = bytes[index]
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
          count += 1
        }
        index += 1
      }
    }
    return count
  }

  private static func decodeUTF16(_ bytes: [UInt8]) -> String {
    let bigEndian = bytes[0] == 0xFE
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Whether `text` holds `\r`, U+2028 (E2 80 A8) or U+2029 (E2 80 A9): one pass on its bytes,
  /// eight at a time where none of them is CR or E2, otherwise straight to the first that is.
  static func hasLineBreakToNormalise(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        if index + 8 <= bytes.count {
          let word = ByteWord.load(bytes, at: index)
          // The lowest mark of the two is exact: the first CR or E2.
          let marks = ByteWord.marks(of: 0x0D, in: word) | ByteWord.marks(of: 0xE2, in: word)
          guard marks != 0 else {
            index += 8
            continue
          }
          index += marks.trailingZeroBitCount >> 3
        }
        let byte = bytes[index]
        if byte == 0x0D { return true }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
        {
          return true
        }
        index += 1
      }
      return false
    }
  }

  private static func normaliseLineEndings(_ text: String) -> String {
    guard hasLineBreakToNormalise(text) else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
      .replacingOccurrences(of: "\u{2028}", with: "\n")
      .replacingOccurrences(of: "\u{2029}", with: "\n")
  }
}
