/// Look-ups in the word lists, with both apostrophes folded to `’`.
extension FirstNames {
  /// Whether `word` is a known given name (as written, capitalised).
  static func contains(_ word: String) -> Bool {
    all.contains(word.containsText("'") ? word.replacingOccurrences(of: "'", with: "’") : word)
  }
}

extension PlaceNames {
  /// Whether `name` is a known place, as written or with a capital first letter.
  static func contains(_ name: String) -> Bool {
    let folded = name.containsText("'") ? name.replacingOccurrences(of: "'", with: "’") : name
    if all.contains(folded) { return true }
    guard let first = folded.first, first.isLowercase else { return false }
    return all.contains(first.uppercased() + folded.dropFirst())
  }
}

extension KnownOrganisations {
  /// The entry whose name, acronym or alias is `name` (case-insensitive, apostrophes folded).
  static func entry(for name: String) -> Entry? {
    entriesByKey[key(name)]
  }

  /// Whether `name` names a known organisation.
  static func isKnown(_ name: String) -> Bool {
    entry(for: name) != nil
  }

  /// Whether `name` is a programme, project, tool or country acronym, never an organisation.
  static func isNotOrganisation(_ name: String) -> Bool {
    notOrganisationKeys.contains(key(name))
  }

  private static func key(_ name: String) -> String {
    let lower = name.lowercased()
    return lower.containsText("'") ? lower.replacingOccurrences(of: "'", with: "’") : lower
  }

  private static let entriesByKey: [String: Entry] = {
    var table: [String: Entry] = [:]
    for entry in entries {
      for name in [entry.name] + (entry.acronym.map { [$0] } ?? []) + entry.aliases
      where table[key(name)] == nil {
        table[key(name)] = entry
      }
    }
    return table
  }()

  private static let notOrganisationKeys = Set(notOrganisations.map(key))
}
