/// One word whose `œ` a scraper dropped (`man uvre`) and its repair, done on the bytes: what the
/// pattern `(?<![\p{L}])literal(suffix?)(?![\p{L}])` with the replacement `fix$1` did, letters
/// as the engine reads them (`ScalarClass.letter`).
struct DroppedLigature: Sendable {
  /// The bytes as the scraper left them (`c ur`).
  let literal: [UInt8]
  /// The bytes that replace them (`cœur`).
  let fix: [UInt8]
  /// A letter that may follow the literal and is kept after the fix (`s` of `s urs`).
  let suffix: UInt8?
  /// Whether the match needs a non-letter (or the end) after it.
  let endsWord: Bool

  init(_ literal: String, _ fix: String, suffix: Character? = nil, endsWord: Bool) {
    self.literal = Array(literal.utf8)
    self.fix = Array(fix.utf8)
    self.suffix = suffix?.asciiValue
    self.endsWord = endsWord
  }

  /// `text` with every match replaced, matches read left to right on `text` as it is.
  func replacing(in text: String) -> String {
    var text = text
    let replaced = text.withUTF8 { bytes -> [UInt8]? in
      var output: [UInt8] = []
      var copied = 0
      var index = 0
      while index + literal.count <= bytes.count {
        guard bytes[index] == literal[0], bytes.holds(literal, at: index),
          let end = matchEnd(bytes, at: index)
        else {
          index += 1
          continue
        }
        if output.isEmpty { output.reserveCapacity(bytes.count + 8) }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
        output.append(contentsOf: fix)
        if end > index + literal.count { output.append(bytes[end - 1]) }
        copied = end
        index = end
      }
      guard copied > 0 else { return nil }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
      return output
    }
    return replaced.map { String(decoding: $0, as: UTF8.self) } ?? text
  }

  /// Where the match whose literal starts at `start` ends; nil when the literal is not a match
  /// there (a letter before it, or one after it when the word must end).
  private func matchEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    guard !Self.letterEnds(bytes, at: start) else { return nil }
    let end = start + literal.count
    if let suffix, end < bytes.count, bytes[end] == suffix, !Self.letterStarts(bytes, at: end + 1) {
      return end + 1
    }
    return !endsWord || !Self.letterStarts(bytes, at: end) ? end : nil
  }

  /// Whether a letter starts at `offset` (false at the end).
  private static func letterStarts(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset < bytes.count else { return false }
    return ScalarClass.flags(UTF8Scalar.decode(bytes, at: offset).value) & ScalarClass.letter != 0
  }

  /// Whether a letter ends at `offset` (false at the start).
  private static func letterEnds(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset > 0 else { return false }
    var lead = offset - 1
    while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    return ScalarClass.flags(UTF8Scalar.decode(bytes, at: lead).value) & ScalarClass.letter != 0
  }
}
