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

  /// `pour `, `contact` and `s`, made once rather than at each line.
  private static let pour = Array("pour ".utf8)
  private static let contact = Array("contact".utf8)
  private static let plural = Array("s".utf8)

  /// Whether the text opens with a contacts header; nil when its bytes cannot tell.
  static func matches(_ text: String) -> Bool? {
    var text = text
    return text.withUTF8 { bytes in
      var answer = Answer.no
      switch FoldedLiteral.read(pour, in: bytes, at: 0) {
      case .yes(let end):
        for ending in pourEndings {
          answer = answer || FoldedLiteral.read(ending, in: bytes, at: end).found
        }
      case .unknown: answer = .unknown
      case .no: break
      }
      for header in literals {
        answer = answer || FoldedLiteral.read(header, in: bytes, at: 0).found
      }
      switch FoldedLiteral.read(contact, in: bytes, at: 0) {
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
    switch FoldedLiteral.read(plural, in: bytes, at: start) {
    case .yes(let end):
      answer = answer || colonAfterSpaces(bytes, at: end)
      for ending in contactEndings {
        answer =
          answer
          || FoldedLiteral.read(ending, in: bytes, at: end).then { colonAfterSpaces(bytes, at: $0) }
      }
    case .unknown: answer = answer || .unknown
    case .no: break
    }
    for ending in contactEndings {
      answer =
        answer
        || FoldedLiteral.read(ending, in: bytes, at: start).then { colonAfterSpaces(bytes, at: $0) }
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
}

extension FoldedLiteral.Reading {
  /// Whether the literal matched, its end forgotten.
  fileprivate var found: Answer {
    switch self {
    case .yes: return .yes
    case .no: return .no
    case .unknown: return .unknown
    }
  }

  /// What `next` answers at the literal's end when it matched.
  fileprivate func then(_ next: (Int) -> Answer) -> Answer {
    switch self {
    case .yes(let end): return next(end)
    case .no: return .no
    case .unknown: return .unknown
    }
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
