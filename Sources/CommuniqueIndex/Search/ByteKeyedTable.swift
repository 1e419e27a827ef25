import CommuniqueCore

/// A map from byte strings to byte strings, looked up with the key's bytes as they are (no
/// `String` to build, hash or normalise): the cache of `WordForms`, hit once per word of every
/// release. Open addressing on a power-of-two table; keys and values live in two byte arenas,
/// all of it in `GrowingBuffer`s, read in place without retaining anything.
///
/// Not thread-safe: each thread or task makes its own; exclusivity is not checked at run time,
/// as no access overlaps another.
final class ByteKeyedTable {
  private struct Entry {
    var hash: UInt32
    var keyStart: Int32
    var keyLength: Int32
    var valueStart: Int32
    var valueLength: Int32
  }

  @exclusivity(unchecked) private var slots = GrowingBuffer<Int32>(capacity: 1_024)
  @exclusivity(unchecked) private var entries = GrowingBuffer<Entry>(capacity: 1_024)
  @exclusivity(unchecked) private var keys = GrowingBuffer<UInt8>(capacity: 8_192)
  @exclusivity(unchecked) private var values = GrowingBuffer<UInt8>(capacity: 16_384)

  /// An empty table.
  init() {
    for _ in 0..<1_024 { slots.append(-1) }
  }

  /// The number of keys.
  var count: Int { entries.count }

  /// Appends the value of `key` to `text` and returns true, or returns false when `key` has
  /// none.
  func appendValue(of key: UnsafeBufferPointer<UInt8>, to text: inout GrowingBuffer<UInt8>)
    -> Bool
  {
    guard let entry = find(key, hash: Self.hash(key)).entry else { return false }
    let stored = entries[entry]
    let start = Int(stored.valueStart)
    text.append(values.elements(start..<start + Int(stored.valueLength)))
    return true
  }

  /// Sets the value of `key` (which has none yet) to `value`.
  func insert(_ key: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>) {
    if (entries.count + 1) * 2 > slots.count { grow() }
    let hash = Self.hash(key)
    let slot = find(key, hash: hash).slot
    slots[slot] = Int32(entries.count)
    entries.append(
      Entry(
        hash: hash, keyStart: Int32(keys.count), keyLength: Int32(key.count),
        valueStart: Int32(values.count), valueLength: Int32(value.count)))
    keys.append(key)
    values.append(value)
  }

  /// Forgets every key, keeping the storage.
  func removeAll() {
    for index in 0..<slots.count { slots[index] = -1 }
    entries.removeAll()
    keys.removeAll()
    values.removeAll()
  }

  /// The entry holding `key`, or the empty slot where it would go.
  @inline(__always)
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (
    slot: Int, entry: Int?
  ) {
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return (slot, nil) }
      let stored = entries[entry]
      if stored.hash == hash, Int(stored.keyLength) == key.count,
        Self.same(key, keys.elements(Int(stored.keyStart)..<Int(stored.keyStart) + key.count))
      {
        return (slot, entry)
      }
      slot = (slot + 1) & mask
    }
  }

  /// Whether `key` and `stored` hold the same bytes (of the same count).
  @inline(__always)
  private static func same(_ key: UnsafeBufferPointer<UInt8>, _ stored: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    for offset in 0..<key.count where stored[offset] != key[offset] { return false }
    return true
  }

  /// Doubles the slots and places every entry again.
  private func grow() {
    let size = slots.count * 2
    slots = GrowingBuffer<Int32>(capacity: size)
    for _ in 0..<size { slots.append(-1) }
    let mask = size - 1
    for index in 0..<entries.count {
      var slot = Int(entries[index].hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }

  /// The low half of the FNV-1a hash of `bytes` (its slot is in the low bits).
  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    UInt32(truncatingIfNeeded: FNV1a.hash(bytes))
  }
}
