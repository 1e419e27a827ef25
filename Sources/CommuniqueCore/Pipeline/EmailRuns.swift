/// The e-mail addresses of a text, as the pattern
/// `[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}` finds them and `Pattern.matches` keeps
/// them (a match that starts or ends inside a character is left out), read on the bytes.
/// Every character the pattern can match is one of `A–Z a–z 0–9 . _ % + - @`, so each match
/// lies inside one run of those bytes around an `@`, and the pattern, which tests nothing
/// around a match, finds in a run what it finds there in the whole text. A paragraph of
/// megabytes with an address in it costs one scan of its bytes.
enum EmailRuns {
  /// The ranges of the addresses in `text`, in order.
  static func ranges(in text: String) -> [Range<String.Index>] {
    let utf8 = text.utf8
    let matches =
      utf8.withContiguousStorageIfAvailable(matches(in:))
      ?? Array(utf8).withUnsafeBufferPointer(matches(in:))
    return matches.compactMap { text.characterRange(utf8: $0) }
  }

  /// The byte ranges of the pattern's matches in `bytes`, in order.
  private static func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] == 0x40 else {
        index += 1
        continue
      }
      var start = index
      while start > 0, isAddressByte(bytes[start - 1]) { start -= 1 }
      var end = index + 1
      while end < bytes.count, isAddressByte(bytes[end]) { end += 1 }
      matches(in: bytes, run: start..<end, into: &found)
      index = end
    }
    return found
  }

  /// Appends the matches in the run of address bytes `run`: the engine, from where its last
  /// match ended, takes for each `@` the longest run of local bytes before it, then the
  /// domain's bytes after it, backing off to the last `.` that two letters follow.
  private static func matches(
    in bytes: UnsafeBufferPointer<UInt8>, run: Range<Int>, into found: inout [Range<Int>]
  ) {
    var searchStart = run.lowerBound
    var at = run.lowerBound
    while at < run.upperBound {
      guard bytes[at] == 0x40 else {
        at += 1
        continue
      }
      var start = at
      while start > searchStart, bytes[start - 1] != 0x40 { start -= 1 }
      guard start < at, let end = domainEnd(bytes, after: at, before: run.upperBound) else {
        at += 1
        continue
      }
      found.append(start..<end)
      searchStart = end
      at = end
    }
  }

  /// Where `[A-Za-z0-9.\-]+\.[A-Za-z]{2,}` ends when it matches after the `@` at `at`.
  private static func domainEnd(
    _ bytes: UnsafeBufferPointer<UInt8>, after at: Int, before limit: Int
  )
    -> Int?
  {
    var domainEnd = at + 1
    while domainEnd < limit, isDomainByte(bytes[domainEnd]) { domainEnd += 1 }
    var dot = domainEnd - 3
    while dot > at + 1 {
      if bytes[dot] == 0x2E, isLetter(bytes[dot + 1]), isLetter(bytes[dot + 2]) {
        var end = dot + 3
        while end < domainEnd, isLetter(bytes[end]) { end += 1 }
        return end
      }
      dot -= 1
    }
    return nil
  }

  /// Whether `byte` is one of `A–Z a–z 0–9 . _ % + - @`.
  @inline(__always)
  private static func isAddressByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2E, 0x5F, 0x25, 0x2B, 0x2D, 0x40: true
    default: false
    }
  }

  /// Whether `byte` is one of `A–Z a–z 0–9 . -`.
  @inline(__always)
  private static func isDomainByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2E, 0x2D: true
    default: false
    }
  }

  /// Whether `byte` is one of `A–Z a–z`.
  @inline(__always)
  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }
}
