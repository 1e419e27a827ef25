@testable import CommuniqueCore

/// The decoding and typography code the byte scanners replaced, kept as it was: the oracles
/// of `TextPassesOracleTests`.
enum TextPassesOracle {
  /// Was `Sanitiser.clean`: the scalars walked one by one.
  static func sanitise(_ text: String) -> String {
    guard
      text.unicodeScalars.contains(where: {
        Sanitiser.isUnsafe($0) || $0 == "\t" || $0 == "\u{0C}"
      })
    else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" || scalar == "\u{0C}" {
        scalars.append(" ")
      } else if !Sanitiser.isUnsafe(scalar) {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Was the guard of `TextDecoder.normaliseLineEndings`.
  static func hasLineBreakToNormalise(_ text: String) -> Bool {
    text.containsText("\r") || text.containsText("\u{2028}") || text.containsText("\u{2029}")
  }

  /// Was the guard of `MojibakeRepair.repair`.
  static func hasMojibakeLead(_ text: String) -> Bool {
    LiteralSet(["Ã", "Â", "â", "Å"]).occurs(in: text)
  }

  /// Was `TextDecoder.looksBinary`.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let signatures: [[UInt8]] = [
      [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x25, 0x50, 0x44, 0x46],
      [0x50, 0x4B, 0x03, 0x04], [0x47, 0x49, 0x46, 0x38], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46],
    ]
    if signatures.contains(where: { bytes.starts(with: $0) }) { return true }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
    let sample = bytes.prefix(4096)
    guard !sample.isEmpty else { return false }
    let suspicious = sample.reduce(0) { count, byte in
      let isControl = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
      return count + (isControl ? 1 : 0)
    }
    return suspicious * 100 > sample.count
  }

  /// Was `Typography.ligatureTable`: pattern, literal, replacement.
  static let ligatureTable = [
    (#"(?<![\p{L}])man uvre"#, "man uvre", "manœuvre"),
    (#"(?<![\p{L}])uvre"#, "uvre", "œuvre"),
    (#"(?<![\p{L}])c ur(?![\p{L}])"#, "c ur", "cœur"),
    (#"(?<![\p{L}])c urs(?![\p{L}])"#, "c urs", "cœurs"),
    (#"(?<![\p{L}])s ur(s?)(?![\p{L}])"#, "s ur", "sœur$1"),
    (#"(?<![\p{L}])v u(x?)(?![\p{L}])"#, "v u", "vœu$1"),
    (#"(?<![\p{L}])n ud(s?)(?![\p{L}])"#, "n ud", "nœud$1"),
    (#"(?<![\p{L}])b uf(s?)(?![\p{L}])"#, "b uf", "bœuf$1"),
  ]
  private static let ligatures: [(Pattern, String)] = ligatureTable.map {
    source, literal, replacement in
    let pattern = Pattern(source, prerequisite: { occursAfterNonLetter(literal, in: $0) })
    return (pattern, replacement)
  }
  private static let ligatureLiterals = LiteralSet(ligatureTable.map { $0.1 })

  /// Was the ligature step of `Typography.clean`.
  static func restoreLigatures(_ text: String) -> String {
    var result = text
    if ligatureLiterals.occurs(in: result) {
      for (pattern, replacement) in ligatures {
        result = pattern.replacing(in: result, with: replacement)
      }
    }
    return result
  }

  /// Was `Typography.occursAfterNonLetter`.
  static func occursAfterNonLetter(_ literal: String, in text: String) -> Bool {
    let needle = Array(literal.utf8)
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index + needle.count <= bytes.count {
        defer { index += 1 }
        guard bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle)
        else { continue }
        guard index > 0 else { return true }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let previous = UTF8Scalar.decode(bytes, at: start).value
        if ScalarClass.flags(previous) & ScalarClass.letter == 0 { return true }
      }
      return false
    }
  }

  /// Was `HeaderStripper.isGluedHeading`: the characters walked one by one.
  static func isGluedHeading(_ text: String) -> Bool {
    var previous: Character = " "
    for (offset, character) in text.prefix(45).enumerated() {
      if offset >= 4, previous.isLowercase, character.isUppercase { return true }
      previous = character
    }
    return false
  }

  /// Was `String.isLonger(than:)` (then `ParagraphReflow.isLonger`): the characters counted by
  /// the index.
  static func isLonger(_ line: String, than limit: Int) -> Bool {
    line.utf8.count > limit
      && line.index(line.startIndex, offsetBy: limit, limitedBy: line.endIndex)
        .map { $0 < line.endIndex } ?? false
  }
}
