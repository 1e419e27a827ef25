@testable import CommuniqueCore

/// Was `PlainLatinTypography` before its passes skipped the bytes they do not change: every
/// pass copied the text, scalar by scalar.
enum PlainLatinTypographyOracle {
  /// White space collapsed, double quotes turned into guillemets, French punctuation spaced.
  static func clean(_ text: String) -> String {
    let collapsed = bytes(of: text) { collapseSpaces($0) }
    let quoted = collapsed.withUnsafeBufferPointer { convertDoubleQuotes($0) } ?? collapsed
    let spaced = quoted.withUnsafeBufferPointer { spaceFrenchPunctuation($0) } ?? quoted
    return String(decoding: spaced, as: UTF8.self)
  }

  /// `text` with its runs of white space collapsed into one plain space.
  static func collapseSpaces(_ text: String) -> String {
    String(decoding: bytes(of: text) { collapseSpaces($0) }, as: UTF8.self)
  }

  /// `pass` applied to the UTF-8 bytes of `text`.
  private static func bytes(
    of text: String, _ pass: (UnsafeBufferPointer<UInt8>) -> [UInt8]
  ) -> [UInt8] {
    var text = text
    return text.withUTF8(pass)
  }

  /// Runs of white space (no-break spaces included) collapsed into one plain space, none
  /// kept at the start or the end.
  private static func collapseSpaces(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: input.count) { output, count in
      var written = 0
      var pendingSpace = false
      var index = 0
      while index < input.count {
        let spaceLength = ScalarBytes.whiteSpaceLength(at: index, in: input)
        if spaceLength > 0 {
          pendingSpace = written > 0
          index += spaceLength
          continue
        }
        if pendingSpace {
          output[written] = 0x20
          written += 1
          pendingSpace = false
        }
        output[written] = input[index]
        written += 1
        index += 1
      }
      count = written
    }
  }

  /// Balanced `"…"` (or `“…”` when the text has no guillemets) turned into `«…»`; nil when
  /// nothing changes.
  private static func convertDoubleQuotes(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    let straight = input.count(where: { $0 == 0x22 })
    guard straight > 0 || ScalarBytes.containsPunctuation(0x9C, in: input) else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(input.count + straight)
    if straight > 0, straight.isMultiple(of: 2) {
      var isOpening = true
      for byte in input {
        if byte == 0x22 {
          output.append(0xC2)
          output.append(isOpening ? 0xAB : 0xBB)
          isOpening.toggle()
        } else {
          output.append(byte)
        }
      }
      return output
    }
    guard !ScalarBytes.contains(0xC2, 0xAB, in: input),
      ScalarBytes.containsPunctuation(0x9C, in: input),
      ScalarBytes.containsPunctuation(0x9D, in: input)
    else { return nil }
    var index = 0
    while index < input.count {
      let byte = input[index]
      if byte == 0xE2, input[index + 1] == 0x80,
        input[index + 2] == 0x9C || input[index + 2] == 0x9D
      {
        output.append(0xC2)
        output.append(input[index + 2] == 0x9C ? 0xAB : 0xBB)
        index += 3
      } else {
        output.append(byte)
        index += 1
      }
    }
    return output
  }

  /// The right no-break space inside guillemets and before `: ; ! ?`; nil when the text has
  /// none of them.
  private static func spaceFrenchPunctuation(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard
      input.contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x21 || $0 == 0x3F })
        || ScalarBytes.contains(0xC2, 0xAB, in: input)
        || ScalarBytes.contains(0xC2, 0xBB, in: input)
    else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(input.count + 16)
    var index = 0
    while index < input.count {
      let (unit, length) = UTF8Scalar.decode(input, at: index)
      let nextIndex = index + length
      let next: UInt32? =
        nextIndex < input.count ? UTF8Scalar.decode(input, at: nextIndex).value : nil
      switch unit {
      case 0xAB:
        output.append(0xC2)
        output.append(0xAB)
        if next != nil { appendNoBreak(to: &output) }
        if next == 0x20 {
          index = nextIndex + 1
          continue
        }
      case 0xBB:
        while let last = ScalarBytes.last(of: output), last.value == 0x20 || last.value == 0xA0 {
          output.removeLast(last.length)
        }
        if let last = ScalarBytes.last(of: output), last.value != 0xAB {
          appendNoBreak(to: &output)
        }
        output.append(0xC2)
        output.append(0xBB)
      case 0x3A, 0x3B, 0x21, 0x3F:
        let endsClause = next == nil || next == 0x20 || next == 0xBB || next == 0x29
        let previous = ScalarBytes.last(of: output)?.value
        if previous == 0x20 {
          output.removeLast()
          appendNoBreak(narrow: unit != 0x3A, to: &output)
        } else if endsClause, let previous, ScalarBytes.isLetter(previous) || previous == 0xBB {
          appendNoBreak(narrow: unit != 0x3A, to: &output)
        }
        output.append(UInt8(unit))
      default:
        for offset in 0..<length { output.append(input[index + offset]) }
      }
      index = nextIndex
    }
    return output
  }

  /// Appends a no-break space (U+00A0), or a narrow one (U+202F).
  @inline(__always)
  private static func appendNoBreak(narrow: Bool = false, to output: inout [UInt8]) {
    if narrow {
      output.append(0xE2)
      output.append(0x80)
      output.append(0xAF)
    } else {
      output.append(0xC2)
      output.append(0xA0)
    }
  }
}
