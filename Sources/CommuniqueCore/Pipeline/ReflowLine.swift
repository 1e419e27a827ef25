/// What paragraph reflow reads of one line: its length, its first word's, whether it opens
/// a paragraph (a quote, a dash, a bullet) and whether it ends a sentence.
struct ReflowLine {
  /// The number of characters.
  let characterCount: Int
  /// The number of characters before the first white space.
  let firstWordLength: Int
  /// Whether the first character is a quote, a dash or a bullet.
  let opensParagraph: Bool
  /// Whether the line ends with final punctuation, possibly inside closing quotes.
  let endsSentence: Bool

  /// What opens a new paragraph at the start of the next line: quotes, dashes, bullets.
  private static let paragraphOpeners = Array("«“\"-–—•")

  /// Reads `line`: on the bytes when it is plain Latin (each scalar a character of its own),
  /// else character by character.
  init(_ line: String) {
    if let plain = ReflowLine(plainLatin: line) {
      self = plain
      return
    }
    endsSentence = Self.endsSentence(line)
    characterCount = line.count
    firstWordLength = line.prefix { !$0.isWhitespace }.count
    opensParagraph = line.first.map(Self.paragraphOpeners.contains) ?? false
  }

  /// Reads `line` on its bytes when it is plain Latin; nil when it is not. Its characters
  /// are its scalars, counted as its plain Latin test walks it.
  init?(plainLatin line: String) {
    guard let count = line.plainLatinCount else { return nil }
    characterCount = count
    endsSentence = Self.endsSentence(line)
    var line = line
    (firstWordLength, opensParagraph) = line.withUTF8 { bytes in
      var index = 0
      var firstWord = 0
      while index < bytes.count, ScalarBytes.whiteSpaceLength(at: index, in: bytes) == 0 {
        index += ScalarBytes.length(lead: bytes[index])
        firstWord += 1
      }
      let opens = !bytes.isEmpty && Self.isOpener(UTF8Scalar.decode(bytes, at: 0).value)
      return (firstWord, opens)
    }
  }

  /// Whether the scalar `value` is one of `paragraphOpeners`.
  private static func isOpener(_ value: UInt32) -> Bool {
    switch value {
    case 0xAB, 0x201C, 0x22, 0x2D, 0x2013, 0x2014, 0x2022: return true
    default: return false
    }
  }

  /// Whether a line ends a sentence (final punctuation, possibly inside closing quotes), read
  /// on its scalars from the end.
  static func endsSentence(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      var end = bytes.count
      var last: UInt32?
      while end > 0 {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let value = UTF8Scalar.decode(bytes, at: start).value
        if last == nil { last = value }
        if !isClosing(value) {
          return isFinal(value) || last == 0xBB || last == 0x201D
        }
        end = start
      }
      return false
    }
  }

  /// What may close a sentence after its final mark: `»"”’)]`, spaces and no-break spaces.
  private static func isClosing(_ value: UInt32) -> Bool {
    switch value {
    case 0xBB, 0x22, 0x201D, 0x2019, 0x29, 0x5D, 0x20, 0xA0, 0x202F: return true
    default: return false
    }
  }

  /// A sentence's final mark: `.!?…:`.
  private static func isFinal(_ value: UInt32) -> Bool {
    switch value {
    case 0x2E, 0x21, 0x3F, 0x2026, 0x3A: return true
    default: return false
    }
  }
}
