/// `ContactsHeader`'s pattern read on the bytes, as the engine reads it case-insensitively:
/// an ASCII letter of the text matches its own letter in either case, `é` and `É` match `é`,
/// ASCII white space is `\s`. A text whose answer hangs on another scalar beyond ASCII (one
/// that case-folds to ASCII letters, like `ſ` or `ß`, or white space beyond ASCII) gets no
/// answer here.
enum ContactsHeaderReader {
  /// What may follow `pour `.
  private static let pourEndings = [
    "plus d", "de plus amples", "toute information", "toute question", "toute demande",
    "tout renseignement", "en savoir plus", "les demandes",
  ].map { Array($0.utf8) }
  /// The headers that are a literal alone.
  private static let literals = [
    "for more information", "for further information", "media contact", "press contact",
  ].map { Array($0.utf8) }
  /// What may follow `contact` or `contacts`, before the colon.
  private static let contactEndings = [" presse", " média", " médias", " pour les médias"].map {
    Array($0.utf8)
  }

  /// Whether the text opens with a contacts header; nil when its bytes cannot tell.
  static func matches(_ text: String) -> Bool? {
    var text = text
    return text.withUTF8 { bytes in
      var answer = Answer.no
      let pour = Array("pour ".utf8)
      switch literal(pour, in: bytes, at: 0) {
      case .yes(let end):
        for ending in pourEndings { answer = answer || literal(ending, in: bytes, at: end).found }
      case .unknown: answer = .unknown
      case .no: break
      }
      for header in literals { answer = answer || literal(header, in: bytes, at: 0).found }
      switch literal(Array("contact".utf8), in: bytes, at: 0) {
      case .yes(let end): answer = answer || contactTail(bytes, at: end)
      case .unknown: answer = answer || .unknown
      case .no: break
      }
      switch answer {
      case .yes: return true
      case .no: return false
      case .unknown: return nil
      }
    }
  }

  /// Whether `s? ( presse| médias?| pour les médias)? \s* :` matches at `start`.
  private static func contactTail(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Answer {
    var answer = colonAfterSpaces(bytes, at: start)
    switch literal(Array("s".utf8), in: bytes, at: start) {
    case .yes(let end):
      answer = answer || colonAfterSpaces(bytes, at: end)
      for ending in contactEndings {
        answer =
          answer || literal(ending, in: bytes, at: end).then { colonAfterSpaces(bytes, at: $0) }
      }
    case .unknown: answer = answer || .unknown
    case .no: break
    }
    for ending in contactEndings {
      answer =
        answer || literal(ending, in: bytes, at: start).then { colonAfterSpaces(bytes, at: $0) }
    }
    return answer
  }

  /// Whether `\s*:` matches at `start`.
  private static func colonAfterSpaces(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int)
    -> Answer
  {
    var index = start
    while index < bytes.count {
      switch bytes[index] {
      case 0x09...0x0D, UInt8(ascii: " "): index += 1
      case UInt8(ascii: ":"): return .yes
      case 0x80...: return .unknown
      default: return .no
      }
    }
    return .no
  }

  /// How a literal of the pattern (lower-case, ASCII or `é`) compares with the text at `start`.
  private enum Reading {
    case yes(end: Int)
    case no
    case unknown

    /// Whether the literal matched, its end forgotten.
    var found: Answer {
      switch self {
      case .yes: return .yes
      case .no: return .no
      case .unknown: return .unknown
      }
    }

    /// What `next` answers at the literal's end when it matched.
    func then(_ next: (Int) -> Answer) -> Answer {
      switch self {
      case .yes(let end): return next(end)
      case .no: return .no
      case .unknown: return .unknown
      }
    }
  }

  private static func literal(
    _ literal: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Reading {
    var index = start
    var offset = 0
    while offset < literal.count {
      guard index < bytes.count else { return .no }
      let byte = bytes[index]
      if literal[offset] == 0xC3 {
        // `é`: the text's `é` or `É`; an ASCII byte is not it.
        if byte < 0x80 { return .no }
        guard byte == 0xC3, index + 1 < bytes.count,
          bytes[index + 1] == 0xA9 || bytes[index + 1] == 0x89
        else { return foldsToLatinLetters(bytes, at: index) ? .unknown : .no }
        index += 2
        offset += 2
        continue
      }
      if byte >= 0x80 { return foldsToLatinLetters(bytes, at: index) ? .unknown : .no }
      let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      guard lower == literal[offset] else { return .no }
      index += 1
      offset += 1
    }
    return .yes(end: index)
  }
}

extension ContactsHeaderReader {
  /// Scalars below U+0250 whose case folding holds an ASCII letter: `ß`, `İ`, `ŉ`, `ſ`, `ǰ`.
  private static let foldingToASCII: Set<UInt32> = [0xDF, 0x130, 0x149, 0x17F, 0x1F0]

  /// Whether the scalar at `index` (beyond ASCII, and not `é` or `É` where the pattern has
  /// `é`) may match a letter of the pattern: false below U+0250 when its case folding holds
  /// no ASCII letter (it folds to itself or to another letter beyond ASCII) and for general
  /// punctuation (which does not fold); true, the bytes not telling, otherwise.
  private static func foldsToLatinLetters(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    let value = UTF8Scalar.decode(bytes, at: index).value
    if (0x2000...0x206F).contains(value) { return false }
    return value >= 0x250 || foldingToASCII.contains(value)
  }
}

/// Whether some reading of the pattern matches: yes, no, or not known from the bytes.
private enum Answer {
  case yes
  case no
  case unknown

  /// Either answer: yes when one is yes, no when both are no.
  static func || (left: Answer, right: @autoclosure () -> Answer) -> Answer {
    if case .yes = left { return .yes }
    let right = right()
    if case .yes = right { return .yes }
    if case .unknown = left { return .unknown }
    return right
  }
}
