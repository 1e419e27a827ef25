/// A text's UTF-8 bytes read scalar by scalar with the character classes of the regular
/// expression engine (ICU): the ground the hand-written scanners that replace the name and
/// attribution patterns stand on. Offsets count bytes and always fall on a scalar's start.
struct PatternText {
  let bytes: UnsafeBufferPointer<UInt8>

  var count: Int { bytes.count }

  /// The scalar at `offset` and the number of bytes it takes.
  @inline(__always)
  func scalar(at offset: Int) -> (value: UInt32, length: Int) {
    UTF8Scalar.decode(bytes, at: offset)
  }

  /// Where the scalar before `offset` starts.
  @inline(__always)
  func start(before offset: Int) -> Int {
    var start = offset - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// The offset after the scalar at `offset`.
  @inline(__always)
  func end(after offset: Int) -> Int {
    offset + scalar(at: offset).length
  }

  /// Whether `literal`'s bytes stand at `offset`.
  @inline(__always)
  func holds(_ literal: [UInt8], at offset: Int) -> Bool {
    guard offset + literal.count <= bytes.count else { return false }
    for index in literal.indices where bytes[offset + index] != literal[index] { return false }
    return true
  }

  /// Whether the byte at `offset` is `byte` (false at the end).
  @inline(__always)
  func has(_ byte: UInt8, at offset: Int) -> Bool {
    offset < bytes.count && bytes[offset] == byte
  }

  /// Whether a `\s` stands at `offset` (false at the end).
  @inline(__always)
  func isSpace(at offset: Int) -> Bool {
    offset < bytes.count && Self.isSpace(scalar(at: offset).value)
  }

  /// `\s*` from `offset`: where the run of white space there ends.
  @inline(__always)
  func skipSpaces(from offset: Int) -> Int {
    var offset = offset
    while offset < bytes.count {
      let (value, length) = scalar(at: offset)
      guard Self.isSpace(value) else { break }
      offset += length
    }
    return offset
  }

  /// Whether `\b` holds at `offset` right after a word character (ICU's simple word
  /// boundaries: no boundary before a combining or format character).
  @inline(__always)
  func isBoundary(afterWordCharacterAt offset: Int) -> Bool {
    guard offset < bytes.count else { return true }
    let flags = ScalarClass.flags(scalar(at: offset).value)
    return flags & (ScalarClass.transparent | ScalarClass.word) == 0
  }

  // MARK: Character classes, as the engine reads them (`ScalarClass`)

  /// `\s`: White_Space.
  @inline(__always)
  static func isSpace(_ value: UInt32) -> Bool { ScalarClass.flags(value) & ScalarClass.space != 0 }

  /// `\p{Lu}`.
  @inline(__always)
  static func isUppercase(_ value: UInt32) -> Bool {
    ScalarClass.flags(value) & ScalarClass.upper != 0
  }

  /// `\p{Ll}`.
  @inline(__always)
  static func isLowercase(_ value: UInt32) -> Bool {
    ScalarClass.flags(value) & ScalarClass.lower != 0
  }

  /// `\p{L}`.
  @inline(__always)
  static func isLetter(_ value: UInt32) -> Bool {
    ScalarClass.flags(value) & ScalarClass.letter != 0
  }

  /// `\w`: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`.
  static func isWordCharacter(_ value: UInt32) -> Bool {
    ScalarClass.flags(value) & ScalarClass.word != 0
  }
}

extension String {
  /// Calls `body` with the string's bytes as a `PatternText`.
  func withPatternText<Result>(_ body: (PatternText) -> Result) -> Result {
    var text = self
    return text.withUTF8 { body(PatternText(bytes: $0)) }
  }

  /// The range of UTF-8 offsets `range` of this string, or nil when a bound is not on a
  /// character boundary (as `Range(_:in:)` gives a regular expression's range).
  func characterRange(utf8 range: Range<Int>) -> Range<String.Index>? {
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    guard let lower = String.Index(start, within: self), let upper = String.Index(end, within: self)
    else { return nil }
    return lower..<upper
  }
}
