/// A set of literals searched on UTF-8 bytes in one pass: tells cheaply whether any of them
/// occurs in a text, so that a regular expression that needs one is not run on texts that
/// cannot match.
struct LiteralSet: Sendable {
  /// The literals by first byte.
  private let byFirstByte: [[[UInt8]]]
  /// Whether some literal starts with the byte: most bytes are turned away by this alone.
  private let isFirstByte: [Bool]
  /// The first bytes of the literals when there are at most three (one repeated to make
  /// three): the scan then passes over eight bytes at a time that hold none of them.
  private let fewFirstBytes: (UInt8, UInt8, UInt8)?

  /// A set of the given literals (case-sensitive, byte for byte).
  init(_ literals: [String]) {
    var byFirstByte = Array(repeating: [[UInt8]](), count: 256)
    for literal in literals where !literal.isEmpty {
      let bytes = Array(literal.utf8)
      byFirstByte[Int(bytes[0])].append(bytes)
    }
    self.byFirstByte = byFirstByte
    isFirstByte = byFirstByte.map { !$0.isEmpty }
    let firsts = byFirstByte.indices.filter { !byFirstByte[$0].isEmpty }.map(UInt8.init)
    fewFirstBytes =
      (1...3).contains(firsts.count)
      ? (firsts[0], firsts[min(1, firsts.count - 1)], firsts[firsts.count - 1]) : nil
  }

  /// Whether one of the literals occurs in `text`.
  func occurs(in text: some StringProtocol) -> Bool {
    if let found = text.utf8.withContiguousStorageIfAvailable(occurs(inBuffer:)) { return found }
    return Array(text.utf8).withUnsafeBufferPointer(occurs(inBuffer:))
  }

  /// The UTF-8 offsets in `text` where one of the literals starts, in order.
  func starts(in text: String) -> [Int] {
    var starts: [Int] = []
    var text = text
    text.withUTF8 { bytes in
      scan(bytes) { start in
        starts.append(start)
        return true
      }
    }
    return starts
  }

  /// The UTF-8 offsets in `text` where one of the literals starts a word: starts right after
  /// an ASCII letter are skipped (no text is read there, which makes this scan the cheaper).
  func wordStarts(in text: String) -> [Int] {
    var starts: [Int] = []
    var text = text
    text.withUTF8 { bytes in
      var previousIsLetter = false
      isFirstByte.withUnsafeBufferPointer { isFirst in
        for start in bytes.indices {
          let byte = bytes[start]
          // `| 0x20` lower-cases ASCII letters and leaves every other byte out of a…z.
          defer { previousIsLetter = (0x61...0x7A).contains(byte | 0x20) }
          guard !previousIsLetter, isFirst[Int(byte)] else { continue }
          if byFirstByte[Int(byte)].contains(where: { bytes.holds($0, at: start) }) {
            starts.append(start)
          }
        }
      }
    }
    return starts
  }

  private func occurs(inBuffer bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var found = false
    scan(bytes) { _ in
      found = true
      return false
    }
    return found
  }

  /// Calls `visit` with each offset where a literal starts while it returns true.
  private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (Int) -> Bool) {
    isFirstByte.withUnsafeBufferPointer { isFirst in
      var start = 0
      while start < bytes.count {
        if let few = fewFirstBytes, start + 8 <= bytes.count {
          // The lowest mark of the three is exact: the first byte that is one of them.
          let word = ByteWord.load(bytes, at: start)
          let marks =
            ByteWord.marks(of: few.0, in: word) | ByteWord.marks(of: few.1, in: word)
            | ByteWord.marks(of: few.2, in: word)
          guard marks != 0 else {
            start += 8
            continue
          }
          start += marks.trailingZeroBitCount >> 3
        }
        if isFirst[Int(bytes[start])] {
          for literal in byFirstByte[Int(bytes[start])] where bytes.holds(literal, at: start) {
            guard visit(start) else { return }
            break
          }
        }
        start += 1
      }
    }
  }
}
