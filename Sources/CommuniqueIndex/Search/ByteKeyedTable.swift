/// A map from byte strings to byte strings, looked up with the key's bytes as they are (no
/// `String` to build, hash or normalise): the cache of `WordForms`, hit once per word of every
/// release. Open addressing on a power-of-two table; keys and values live in two byte arenas.
///
/// Not thread-safe: each thread or task makes its own.
struct ByteKeyedTable {
  private struct Entry {
    var hash: UInt32
    var keyStart: Int32
    var keyLength: Int32
    var valueStart: Int32
    var valueLength: Int32
  }

  private var slots: [Int32]
  private var entries: [Entry] = []
  private var keys: [UInt8] = []
  private var values: [UInt8] = []

  /// An empty table.
  init() {
    slots = Array(repeating: -1, count: 1_024)
  }

  /// The number of keys.
  var count: Int { entries.count }

  /// Calls `body` with the value of `key` and returns true, or returns false when `key` has
  /// none.
  func withValue(
    of key: UnsafeBufferPointer<UInt8>, _ body: (ArraySlice<UInt8>) -> Void
  ) -> Bool {
    let hash = Self.hash(key)
    guard let entry = find(key, hash: hash).entry else { return false }
    let start = Int(entries[entry].valueStart)
    body(values[start..<start + Int(entries[entry].valueLength)])
    return true
  }

  /// Sets the value of `key` (which has none yet) to `value`.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: [UInt8]) {
    if (entries.count + 1) * 2 > slots.count { grow() }
    let hash = Self.hash(key)
    let slot = find(key, hash: hash).slot
    slots[slot] = Int32(entries.count)
    entries.append(
      Entry(
        hash: hash, keyStart: Int32(keys.count), keyLength: Int32(key.count),
        valueStart: Int32(values.count), valueLength: Int32(value.count)))
    keys.append(contentsOf: key)
    values.append(contentsOf: value)
  }

  /// Forgets every key, keeping the storage.
  mutating func removeAll() {
    for index in slots.indices { slots[index] = -1 }
    entries.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
  }

  /// The entry holding `key`, or the empty slot where it would go.
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (
    slot: Int, entry: Int?
  ) {
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return (slot, nil) }
      if entries[entry].hash == hash, sameKey(entry, key) { return (slot, entry) }
      slot = (slot + 1) & mask
    }
  }

  /// Whether the key of `entry` is `key`.
  private func sameKey(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let length = Int(entries[entry].keyLength)
    guard length == key.count else { return false }
    let start = Int(entries[entry].keyStart)
    for offset in 0..<length where keys[start + offset] != key[offset] { return false }
    return true
  }

  /// Doubles the slots and places every entry again.
  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, entry) in entries.enumerated() {
      var slot = Int(entry.hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }

  /// FNV-1a of `bytes`.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return hash
  }
}
