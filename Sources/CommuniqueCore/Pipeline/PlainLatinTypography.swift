/// The typography passes of `Typography` over the UTF-8 bytes of a plain Latin text
/// (`String.isPlainLatin`), where every scalar is a character of its own: the results of the
/// passes over characters, without building an array of characters or scalars per pass.
enum PlainLatinTypography {
  /// White space collapsed, double quotes turned into guillemets, French punctuation spaced.
  /// The passes read the text's own bytes and copy them only when one changes something:
  /// white space already collapsed (`CollapsedSpaces`) is left as it is.
  static func clean(_ text: String) -> String {
    var text = text
    let cleaned = text.withUTF8 { input -> [UInt8]? in
      guard !CollapsedSpaces.hold(input) else { return quotedAndSpaced(input) }
      let collapsed = collapseSpaces(input)
      return collapsed.withUnsafeBufferPointer(quotedAndSpaced) ?? collapsed
    }
    return cleaned.map { String(decoding: $0, as: UTF8.self) } ?? text
  }

  /// Double quotes turned into guillemets, then French punctuation spaced; nil when neither
  /// pass changes anything.
  private static func quotedAndSpaced(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard let quoted = convertDoubleQuotes(input) else { return spaceFrenchPunctuation(input) }
    return quoted.withUnsafeBufferPointer(spaceFrenchPunctuation) ?? quoted
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
    // A straight quote is byte 22, an English one ends with byte 9C.
    guard firstIndex(of: 0x22, 0x22, 0x9C, in: input, from: 0) != nil else { return nil }
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
  /// none of them. The bytes between two marks are copied as they are: only a mark's ASCII
  /// byte or the lead `C2` of a guillemet starts a scalar the pass changes.
  private static func spaceFrenchPunctuation(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var output: [UInt8] = []
    var copied = 0
    var index = 0
    while let found = firstIndex(of: 0x3A, 0x3B, 0x21, 0x3F, 0xC2, in: input, from: index) {
      let (unit, length) = UTF8Scalar.decode(input, at: found)
      let nextIndex = found + length
      index = nextIndex
      guard unit < 0x80 || unit == 0xAB || unit == 0xBB else { continue }
      if output.isEmpty { output.reserveCapacity(input.count + 16) }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<found]))
      copied = nextIndex
      let next: UInt32? =
        nextIndex < input.count ? UTF8Scalar.decode(input, at: nextIndex).value : nil
      switch unit {
      case 0xAB:
        output.append(0xC2)
        output.append(0xAB)
        if next != nil { appendNoBreak(to: &output) }
        if next == 0x20 {
          copied = nextIndex + 1
          index = copied
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
      default:
        let endsClause = next == nil || next == 0x20 || next == 0xBB || next == 0x29
        let previous = ScalarBytes.last(of: output)?.value
        if previous == 0x20 {
          output.removeLast()
          appendNoBreak(narrow: unit != 0x3A, to: &output)
        } else if endsClause, let previous, ScalarBytes.isLetter(previous) || previous == 0xBB {
          appendNoBreak(narrow: unit != 0x3A, to: &output)
        }
        output.append(UInt8(unit))
      }
    }
    guard copied > 0 else { return nil }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
    return output
  }

  /// The offset of the first byte from `start` on that is one of the given five (repeat one to
  /// look for fewer), read eight bytes at a time.
  private static func firstIndex(
    of first: UInt8, _ second: UInt8, _ third: UInt8, _ fourth: UInt8 = 0x22,
    _ fifth: UInt8 = 0x22, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    var index = start
    while index + 8 <= bytes.count {
      let word = ByteWord.load(bytes, at: index)
      let found =
        ByteWord.equalBytes(first, in: word) | ByteWord.equalBytes(second, in: word)
        | ByteWord.equalBytes(third, in: word) | ByteWord.equalBytes(fourth, in: word)
        | ByteWord.equalBytes(fifth, in: word)
      if found != 0 { return index + found.trailingZeroBitCount >> 3 }
      index += 8
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == first || byte == second || byte == third || byte == fourth || byte == fifth {
        return index
      }
      index += 1
    }
    return nil
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
