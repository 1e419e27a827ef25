/// The look-ups in `KnownOrganisations`' lists (`KnownOrganisations.entry(for:)` and its kin
/// call them): a name's key lower-cased by `LatinLowercase` (its `lowercased()` cost more than
/// the look-up), and computable once for the questions the organisation stage asks of a name.
enum KnownOrganisationKeys {
  /// The comparison key of a name: lower case, `'` as `’` (`KnownOrganisations`' key).
  static func key(_ name: String) -> String {
    let lower = lowercased(name)
    return lower.containsText("'") ? curlingApostrophes(lower) : lower
  }

  /// `text.lowercased()`: on the bytes (`LatinKeyBytes.lowercased`) when every scalar is in
  /// Latin-1 or is `’` (which has no case); by `LatinLowercase` otherwise.
  static func lowercased(_ text: String) -> String {
    let lower = LatinKeyBytes.with(
      text, { LatinKeyBytes.lowercased($0, into: $1) }, { String(decoding: $0, as: UTF8.self) })
    return lower ?? LatinLowercase.of(text)
  }

  /// `text.replacingOccurrences(of: "'", with: "’")`: on the bytes when every `'` has ASCII
  /// bytes or an end on both sides (a character of its own, however the search reads
  /// characters); by the same replacement otherwise.
  private static func curlingApostrophes(_ text: String) -> String {
    var text = text
    let curled = text.withUTF8 { bytes -> String? in
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + 8)
      for index in bytes.indices {
        guard bytes[index] == UInt8(ascii: "'") else {
          result.append(bytes[index])
          continue
        }
        if index > 0 && bytes[index - 1] >= 0x80 { return nil }
        if index + 1 < bytes.count && bytes[index + 1] >= 0x80 { return nil }
        result += [0xE2, 0x80, 0x99]
      }
      return String(decoding: result, as: UTF8.self)
    }
    return curled ?? text.replacingOccurrences(of: "'", with: "’")
  }

  /// `KnownOrganisations.entry(for:)`, given the name's key.
  static func entry(key: String) -> KnownOrganisations.Entry? {
    entriesByKey.value(for: key)
  }

  /// `KnownOrganisations.entry(for:)`: looked up on the bytes of the name's key when
  /// `keyBytes` writes it, by `key(_:)` otherwise.
  static func entry(for name: String) -> KnownOrganisations.Entry? {
    if let found = LatinKeyBytes.with(
      name, growth: 3, keyBytes, { entriesByKey.value(forPlain: $0) })
    {
      return found
    }
    return entriesByKey.value(for: key(name))
  }

  /// `KnownOrganisations.isKnown(_:)`.
  static func isKnown(_ name: String) -> Bool {
    entry(for: name) != nil
  }

  /// `KnownOrganisations.isNotOrganisation(_:)`, given the name's key.
  static func isNotOrganisation(key: String) -> Bool {
    notOrganisationKeys.value(for: key) != nil
  }

  /// `KnownOrganisations.isNotOrganisation(_:)`.
  static func isNotOrganisation(_ name: String) -> Bool {
    if let found = LatinKeyBytes.with(
      name, growth: 3, keyBytes, { notOrganisationKeys.value(forPlain: $0) })
    {
      return found != nil
    }
    return isNotOrganisation(key: key(name))
  }

  /// Whether `name` is a known body and whether it is among the names of no body: its key
  /// worked out once for both.
  static func verdicts(of name: String) -> (known: Bool, notOrganisation: Bool) {
    let answers = LatinKeyBytes.with(name, growth: 3, keyBytes) { bytes in
      (
        known: entriesByKey.value(forPlain: bytes) != nil,
        notOrganisation: notOrganisationKeys.value(forPlain: bytes) != nil
      )
    }
    if let answers { return answers }
    let key = key(name)
    return (entry(key: key) != nil, isNotOrganisation(key: key))
  }

  /// `key(_:)` written on the bytes of a name in Latin-1 (or with `’`): lower-cased, each `'`
  /// with ASCII bytes or an end on both sides written `’`; nil for another name, or a `'`
  /// next to a byte beyond ASCII.
  private static func keyBytes(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>
  ) -> Int? {
    guard let count = LatinKeyBytes.lowercased(bytes, into: output) else { return nil }
    guard bytes.contains(UInt8(ascii: "'")) else { return count }
    var result: [UInt8] = []
    result.reserveCapacity(count + 8)
    for index in 0..<count {
      guard output[index] == UInt8(ascii: "'") else {
        result.append(output[index])
        continue
      }
      if index > 0 && output[index - 1] >= 0x80 { return nil }
      if index + 1 < count && output[index + 1] >= 0x80 { return nil }
      result += [0xE2, 0x80, 0x99]
    }
    for (index, byte) in result.enumerated() { output[index] = byte }
    return result.count
  }

  /// Each entry under the keys of its name, acronym and aliases; the first entry wins a key.
  private static let entriesByKey: TextKeyTable<KnownOrganisations.Entry> = {
    // Made with room for every name: grown from empty, it was rehashed eleven times.
    var table = [TextKey: KnownOrganisations.Entry](
      minimumCapacity: KnownOrganisations.entries.count * 3)
    for entry in KnownOrganisations.entries {
      for name in [entry.name] + (entry.acronym.map { [$0] } ?? []) + entry.aliases {
        let key = TextKey(key(name))
        if table[key] == nil { table[key] = entry }
      }
    }
    return TextKeyTable(table)
  }()

  private static let notOrganisationKeys = TextKeyTable(
    Dictionary(
      KnownOrganisations.notOrganisations.map { (TextKey(key($0)), true) },
      uniquingKeysWith: { first, _ in first }))
}
