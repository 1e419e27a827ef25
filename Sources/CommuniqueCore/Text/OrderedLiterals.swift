/// Literals tried at a place in the order of a regular expression's alternation: those that
/// share their first byte, kept in the order they were given, all in one flat array of bytes.
struct OrderedLiterals: Sendable {
  /// The literals' bytes, one after the other.
  private let storage: [UInt8]
  /// Where each literal lies in `storage`, grouped by first byte, in the given order.
  private let spans: [Range<Int>]
  /// The range of `spans` of the literals that start with each byte.
  private let byFirstByte: [Range<Int>]
  /// The bytes the literals start with.
  let firstBytes: ByteSet

  init(_ literals: [String]) {
    let bytes = literals.map { Array($0.utf8) }.filter { !$0.isEmpty }
    var storage: [UInt8] = []
    var spans: [Range<Int>] = []
    var byFirstByte: [Range<Int>] = []
    for first in 0...255 {
      let start = spans.count
      for literal in bytes where literal[0] == first {
        spans.append(storage.count..<storage.count + literal.count)
        storage += literal
      }
      byFirstByte.append(start..<spans.count)
    }
    self.storage = storage
    self.spans = spans
    self.byFirstByte = byFirstByte
    firstBytes = ByteSet(bytes.map { $0[0] })
  }

  /// Whether the text holds the literal `span` at `offset`.
  @inline(__always)
  private func holds(_ span: Range<Int>, at offset: Int, in text: NameText) -> Bool {
    guard offset + span.count <= text.limit else { return false }
    var position = offset
    for index in span {
      guard text.bytes[position] == storage[index] else { return false }
      position += 1
    }
    return true
  }

  /// Whether the text holds one of the literals at `offset`.
  func holdsAny(at offset: Int, in text: NameText) -> Bool {
    guard offset < text.limit else { return false }
    for index in byFirstByte[Int(text.bytes[offset])]
    where holds(spans[index], at: offset, in: text) {
      return true
    }
    return false
  }

  /// The positions of the literals that may start at `offset` (those opening with its byte),
  /// in the given order: `end(of:at:in:)` tells which the text holds, with no array made.
  func candidates(at offset: Int, in text: NameText) -> Range<Int> {
    offset < text.limit ? byFirstByte[Int(text.bytes[offset])] : 0..<0
  }

  /// The end of the literal at `position` (one of `candidates(at:in:)`) if the text holds it
  /// at `offset`.
  @inline(__always)
  func end(of position: Int, at offset: Int, in text: NameText) -> Int? {
    let span = spans[position]
    return holds(span, at: offset, in: text) ? offset + span.count : nil
  }
}
