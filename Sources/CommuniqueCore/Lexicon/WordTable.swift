/// A fixed set of words, each with a value (bit flags), looked up by its UTF-8 bytes: an
/// open-addressing hash table over one flat buffer of key bytes, so that a word read from a
/// text is found without making a `String` of it.
///
/// Bytes are compared as bytes: a caller that hands it words which may be written in another
/// Unicode normalisation form than the keys must compare those words as `String`s instead.
final class WordTable: @unchecked Sendable {
  private struct Slot {
    var hash: UInt32
    /// The key's length in bytes; -1 for an empty slot.
    var length: Int32
    var start: Int32
    var value: UInt32
  }

  // Written once by `init`, read only afterwards.
  private let keys: UnsafeMutableBufferPointer<UInt8>
  private let slots: UnsafeMutableBufferPointer<Slot>
  private let mask: Int
  /// The length in bytes of the longest key.
  let maxLength: Int

  /// A table of `entries`; a key given more than once keeps the union of its values.
  init(_ entries: [(key: String, value: UInt32)]) {
    var capacity = 16
    while capacity < entries.count * 3 { capacity *= 2 }
    let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: capacity)
    slots.initialize(repeating: Slot(hash: 0, length: -1, start: 0, value: 0))
    let keys = UnsafeMutableBufferPointer<UInt8>.allocate(
      capacity: max(1, entries.reduce(0) { $0 + $1.key.utf8.count }))
    let mask = capacity - 1
    var used = 0
    var longest = 0
    for (key, value) in entries {
      var key = key
      key.withUTF8 { bytes in
        let hash = Self.hash(bytes)
        var index = Int(hash) & mask
        while slots[index].length >= 0 {
          if slots[index].hash == hash, Self.same(bytes, slots[index], keys) {
            slots[index].value |= value
            return
          }
          index = (index + 1) & mask
        }
        for (offset, byte) in bytes.enumerated() { keys[used + offset] = byte }
        slots[index] = Slot(
          hash: hash, length: Int32(bytes.count), start: Int32(used), value: value)
        used += bytes.count
        longest = max(longest, bytes.count)
      }
    }
    self.keys = keys
    self.slots = slots
    self.mask = mask
    maxLength = longest
  }

  deinit {
    keys.deallocate()
    slots.deallocate()
  }

  /// The hash of no bytes.
  static let emptyHash: UInt32 = 2_166_136_261

  /// The hash `hash` of some bytes, extended by `byte` (FNV-1a).
  @inline(__always)
  static func hash(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
    (hash ^ UInt32(byte)) &* 16_777_619
  }

  /// The hash of `bytes`.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var value = emptyHash
    for byte in bytes { value = hash(value, byte) }
    return value
  }

  @inline(__always)
  private static func same(
    _ bytes: UnsafeBufferPointer<UInt8>, _ slot: Slot, _ keys: UnsafeMutableBufferPointer<UInt8>
  ) -> Bool {
    guard Int(slot.length) == bytes.count else { return false }
    let start = Int(slot.start)
    for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] { return false }
    return true
  }

  /// The value of the word `bytes` whose hash is `hash`, 0 when it is not a key.
  @inline(__always)
  func value(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> UInt32 {
    guard bytes.count <= maxLength else { return 0 }
    var index = Int(hash) & mask
    while true {
      let slot = slots[index]
      if slot.length < 0 { return 0 }
      if slot.hash == hash, Self.same(bytes, slot, keys) { return slot.value }
      index = (index + 1) & mask
    }
  }

  /// The value of the word `bytes`, 0 when it is not a key.
  func value(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    guard bytes.count <= maxLength else { return 0 }
    return value(bytes, hash: Self.hash(bytes))
  }

  /// The value of `word`, 0 when it is not a key.
  func value(_ word: String) -> UInt32 {
    var word = word
    return word.withUTF8 { value($0) }
  }
}
