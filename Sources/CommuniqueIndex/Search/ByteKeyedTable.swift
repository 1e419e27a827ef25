/// A map from byte strings to byte strings, looked up with the key's bytes as they are (no
/// `String` to build, hash or normalise): the cache of `WordForms`, hit once per word of every
/// release. Open addressing on a power-of-two table; keys and values live in two byte arenas.
///
/// A class, so that a lookup reads the storage in place (a struct held in a class property was
/// copied, its four arrays retained and released, on every lookup). Not thread-safe: each
/// thread or task makes its own; exclusivity is not checked at run time, as no access overlaps
/// another.
final class ByteKeyedTable {
  private struct Entry {
    var hash: UInt32
    var keyStart: Int32
    var keyLength: Int32
    var valueStart: Int32
    var valueLength: Int32
  }

  @exclusivity(unchecked) private var slots: [Int32]
  @exclusivity(unchecked) private var entries: [Entry] = []
  @exclusivity(unchecked) private var keys: [UInt8] = []
  @exclusivity(unchecked) private var values: [UInt8] = []

  /// An empty table.
  init() {
    slots = Array(repeating: -1, count: 1_024)
  }

  /// The number of keys.
  var count: Int { entries.count }

  /// Calls `body` with the value of `key` and returns true, or returns false when `key` has
  /// none.
  func withValue(
    of key: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) -> Bool {
    let hash = Self.hash(key)
    guard let entry = find(key, hash: hash).entry else { return false }
    let start = Int(entries[entry].valueStart)
    let end = start + Int(entries[entry].valueLength)
    values.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    return true
  }

  /// Sets the value of `key` (which has none yet) to `value`.
  func insert(_ key: UnsafeBufferPointer<UInt8>, value: [UInt8]) {
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
  func removeAll() {
    for index in slots.indices { slots[index] = -1 }
    entries.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
  }

  /// The entry holding `key`, or the empty slot where it would go.
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (
    slot: Int, entry: Int?
  ) {
    slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        keys.withUnsafeBufferPointer { keys in
          let mask = slots.count - 1
          var slot = Int(hash) & mask
          while true {
            let entry = Int(slots[slot])
            if entry < 0 { return (slot, nil) }
            let stored = entries[entry]
            if stored.hash == hash, Int(stored.keyLength) == key.count,
              Self.same(key, at: Int(stored.keyStart), in: keys)
            {
              return (slot, entry)
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  /// Whether `keys` holds the bytes of `key` from `start`.
  private static func same(
    _ key: UnsafeBufferPointer<UInt8>, at start: Int, in keys: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    for offset in key.indices where keys[start + offset] != key[offset] { return false }
    return true
  }

  /// Doubles the slots and places every entry again.
  private func grow() {
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
