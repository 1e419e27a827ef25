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
    // A character whose first scalar is `A`–`Z` changes in lower case: it is no lower-case
    // character, whatever follows (read on the byte, most names open so).
    if let byte = folded.utf8.first, byte &- 0x41 < 26 { return false }
    guard let first = folded.first, first.isLowercase else { return false }
    return all.contains(first.uppercased() + folded.dropFirst())
  }
}

extension KnownOrganisations {
  /// The entry whose name, acronym or alias is `name` (case-insensitive, apostrophes folded).
  static func entry(for name: String) -> Entry? {
    KnownOrganisationKeys.entry(for: name)
  }

  /// Whether `name` names a known organisation.
  static func isKnown(_ name: String) -> Bool {
    KnownOrganisationKeys.isKnown(name)
  }

  /// Whether `name` is a programme, project, tool or country acronym, never an organisation.
  static func isNotOrganisation(_ name: String) -> Bool {
    KnownOrganisationKeys.isNotOrganisation(key: KnownOrganisationKeys.key(name))
  }
}
