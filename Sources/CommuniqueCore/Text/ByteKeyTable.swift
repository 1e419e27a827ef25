/// Values under keys of bytes, found from a key's bytes without making a `String` or hashing
/// it as `String` does: open addressing on an FNV-1a hash of the bytes, keys compared byte for
/// byte. `TextKeyTable` puts a `TextKey` table's plain keys in one. A class, read in place: a
/// look-up copies no array.
final class ByteKeyTable<Value: Sendable>: Sendable {
  /// One key: its bytes in `bytes` from `start`, its hash, and its value's position.
  private struct Entry: Sendable {
    var start: Int
    var count: Int
    var hash: UInt64
    var value: Int
  }

  /// The keys' bytes, one after the other.
  private let bytes: [UInt8]
  private let entries: [Entry]
  private let values: [Value]
  /// Open addressing of `entries` by the hash's top bits: an entry's position, or -1.
  private let slots: [Int32]
  /// `64 - log2(slots.count)`.
  private let shift: UInt64

  /// A table of `pairs`, whose keys are distinct.
  init(_ pairs: [(key: [UInt8], value: Value)]) {
    var bits = 4
    while 1 << bits < pairs.count * 2 { bits += 1 }
    var slots = [Int32](repeating: -1, count: 1 << bits)
    shift = UInt64(64 - bits)
    var bytes: [UInt8] = []
    var entries: [Entry] = []
    var values: [Value] = []
    for (key, value) in pairs {
      let hash = key.withUnsafeBufferPointer(FNV1a.hash)
      var slot = Int(Self.spread(hash) >> shift)
      while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Int32(entries.count)
      entries.append(Entry(start: bytes.count, count: key.count, hash: hash, value: values.count))
      bytes += key
      values.append(value)
    }
    self.bytes = bytes
    self.entries = entries
    self.values = values
    self.slots = slots
  }

  /// The value under the key `key`, if any.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
    let hash = FNV1a.hash(key)
    var slot = Int(Self.spread(hash) >> shift)
    let mask = slots.count - 1
    return bytes.withUnsafeBufferPointer { bytes in
      while slots[slot] >= 0 {
        let entry = entries[Int(slots[slot])]
        if entry.hash == hash && entry.count == key.count
          && (0..<key.count).allSatisfy({ bytes[entry.start + $0] == key[$0] })
        {
          return values[entry.value]
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// The hash spread over the top bits, to pick a slot.
  @inline(__always)
  private static func spread(_ hash: UInt64) -> UInt64 {
    (hash ^ hash >> 29) &* 0xBF58_476D_1CE4_E5B9
  }
}
