/// The e-mail addresses of a paragraph (`ContactsParser.email`), looked for only in the runs of
/// address bytes around each `@` instead of over the whole paragraph. Every character the
/// pattern can match is one of `A–Z a–z 0–9 . _ % + - @`, so each match lies inside one run of
/// those bytes, and the pattern, which tests nothing around a match, finds in a run what it
/// finds there in the whole text. A paragraph of megabytes with an address in it costs one
/// scan of its bytes, not a walk of the regular expression engine over every position.
enum EmailRuns {
  /// The ranges of the addresses in `text`, in order: those of `ContactsParser.email`.
  static func ranges(in text: String) -> [Range<String.Index>] {
    let utf8 = text.utf8
    let runs =
      utf8.withContiguousStorageIfAvailable(runs(around:))
      ?? Array(utf8).withUnsafeBufferPointer(runs(around:))
    var found: [Range<String.Index>] = []
    for run in runs {
      let start = utf8.index(utf8.startIndex, offsetBy: run.lowerBound)
      let piece = String(text[start..<utf8.index(start, offsetBy: run.count)])
      for match in ContactsParser.email.matches(in: piece) {
        let lower = piece.utf8.distance(from: piece.startIndex, to: match.range.lowerBound)
        let upper = piece.utf8.distance(from: piece.startIndex, to: match.range.upperBound)
        // As `Pattern` does over the whole text: a match that starts or ends inside a
        // character (before a combining mark, say) is left out.
        guard let range = text.characterRange(utf8: run.lowerBound + lower..<run.lowerBound + upper)
        else { continue }
        found.append(range)
      }
    }
    return found
  }

  /// The byte ranges of the runs of address bytes that hold an `@`, in order. Each byte is
  /// read at most twice: a run ends on a byte that is not an address byte, which the next
  /// run's backward scan stops at.
  private static func runs(around bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var runs: [Range<Int>] = []
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
      runs.append(start..<end)
      index = end
    }
    return runs
  }

  /// Whether `byte` is one of `A–Z a–z 0–9 . _ % + - @`.
  @inline(__always)
  private static func isAddressByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2E, 0x5F, 0x25, 0x2B, 0x2D, 0x40: true
    default: false
    }
  }
}
