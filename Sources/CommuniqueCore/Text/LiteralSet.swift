/// A set of literals searched on UTF-8 bytes in one pass: tells cheaply whether any of them
/// occurs in a text, so that a regular expression that needs one is not run on texts that
/// cannot match.
struct LiteralSet: Sendable {
  private let literals: [[UInt8]]
  private let isFirstByte: [Bool]

  /// A set of the given literals (case-sensitive, byte for byte).
  init(_ literals: [String]) {
    self.literals = literals.map { Array($0.utf8) }.filter { !$0.isEmpty }
    var isFirstByte = Array(repeating: false, count: 256)
    for literal in self.literals { isFirstByte[Int(literal[0])] = true }
    self.isFirstByte = isFirstByte
  }

  /// Whether one of the literals occurs in `text`.
  func occurs(in text: some StringProtocol) -> Bool {
    if let found = text.utf8.withContiguousStorageIfAvailable(occurs(inBuffer:)) { return found }
    return Array(text.utf8).withUnsafeBufferPointer(occurs(inBuffer:))
  }

  private func occurs(inBuffer bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for start in bytes.indices where isFirstByte[Int(bytes[start])] {
      for literal in literals
      where literal[0] == bytes[start] && start + literal.count <= bytes.count {
        var offset = 1
        while offset < literal.count && bytes[start + offset] == literal[offset] { offset += 1 }
        if offset == literal.count { return true }
      }
    }
    return false
  }
}
