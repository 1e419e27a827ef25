/// A set of words looked up by a slice of UTF-8 bytes, without making a `String`: an open
/// hash table of the words' bytes.
struct ByteWordSet: Sendable {
  private let words: [[UInt8]]
  /// Indices into `words` plus one, zero for an empty slot.
  private let slots: [Int32]
  private let mask: Int
  /// Bit `n` is set when a word has `n` bytes (lengths from 64 on share bit 63).
  private let lengths: UInt64
  /// The lengths of the words, shortest first.
  let sortedLengths: [Int]

  init(_ words: [String]) {
    let unique = Array(Set(words.map { Array($0.utf8) }))
    var size = 8
    while size < unique.count * 3 { size *= 2 }
    var slots = [Int32](repeating: 0, count: size)
    for (index, word) in unique.enumerated() {
      var slot = word.withUnsafeBufferPointer(Self.slot) & (size - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Int32(index + 1)
    }
    self.words = unique
    self.slots = slots
    mask = size - 1
    lengths = unique.reduce(0) { $0 | 1 << UInt64(min($1.count, 63)) }
    sortedLengths = Set(unique.map(\.count)).sorted()
  }

  /// Whether the bytes `range` of `bytes` are one of the words.
  func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard lengths & 1 << UInt64(min(range.count, 63)) != 0 else { return false }
    let slice = bytes[range]
    var slot = Self.slot(UnsafeBufferPointer(rebasing: slice)) & mask
    while slots[slot] != 0 {
      if words[Int(slots[slot]) - 1].elementsEqual(slice) { return true }
      slot = (slot + 1) & mask
    }
    return false
  }

  /// The bytes' hash, its top bits folded into the low ones that pick a slot.
  private static func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = FNV1a.hash(bytes)
    return Int(truncatingIfNeeded: hash ^ hash >> 29)
  }
}
