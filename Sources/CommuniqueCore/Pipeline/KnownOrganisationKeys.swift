/// The look-ups in `KnownOrganisations`' lists (`KnownOrganisations.entry(for:)` and its kin
/// call them): a name's key lower-cased by `LatinLowercase` (its `lowercased()` cost more than
/// the look-up), and computable once for the questions the organisation stage asks of a name.
enum KnownOrganisationKeys {
  /// The comparison key of a name: lower case, `'` as `’` (`KnownOrganisations`' key).
  static func key(_ name: String) -> String {
    let lower = lowercased(name)
    return lower.containsText("'") ? curlingApostrophes(lower) : lower
  }

  /// `text.lowercased()`: on the bytes when every scalar is in Latin-1 or is `’` (which has no
  /// case), each mapped to one scalar as `LatinLowercase` maps them; by `LatinLowercase`
  /// otherwise.
  static func lowercased(_ text: String) -> String {
    var text = text
    let mapped = text.withUTF8 { bytes -> String? in
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count)
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          result.append(LatinLowercase.ascii(byte))
          index += 1
        } else if byte == 0xC2 || byte == 0xC3 {
          result.append(byte)
          result.append(LatinLowercase.latin1(lead: byte, bytes[index + 1]))
          index += 2
        } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0x99
        {
          result += [0xE2, 0x80, 0x99]
          index += 3
        } else {
          return nil
        }
      }
      return String(decoding: result, as: UTF8.self)
    }
    return mapped ?? LatinLowercase.of(text)
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
    entriesByKey[TextKey(key)]
  }

  /// `KnownOrganisations.entry(for:)`.
  static func entry(for name: String) -> KnownOrganisations.Entry? {
    entriesByKey[TextKey(key(name))]
  }

  /// `KnownOrganisations.isKnown(_:)`.
  static func isKnown(_ name: String) -> Bool {
    entry(for: name) != nil
  }

  /// `KnownOrganisations.isNotOrganisation(_:)`, given the name's key.
  static func isNotOrganisation(key: String) -> Bool {
    notOrganisationKeys.contains(TextKey(key))
  }

  /// Each entry under the keys of its name, acronym and aliases; the first entry wins a key.
  private static let entriesByKey: [TextKey: KnownOrganisations.Entry] = {
    var table: [TextKey: KnownOrganisations.Entry] = [:]
    for entry in KnownOrganisations.entries {
      for name in [entry.name] + (entry.acronym.map { [$0] } ?? []) + entry.aliases {
        let key = TextKey(key(name))
        if table[key] == nil { table[key] = entry }
      }
    }
    return table
  }()

  private static let notOrganisationKeys = Set(
    KnownOrganisations.notOrganisations.map { TextKey(key($0)) })
}
