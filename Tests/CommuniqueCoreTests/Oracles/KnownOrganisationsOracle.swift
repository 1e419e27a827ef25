import Foundation

@testable import CommuniqueCore

/// `KnownOrganisations`' look-ups as they were before `KnownOrganisationKeys`: keys from
/// `lowercased()` and Foundation's replacement, the oracle its tables are compared with.
enum KnownOrganisationsOracle {
  static func entry(for name: String) -> KnownOrganisations.Entry? {
    entriesByKey[key(name)]
  }

  static func isKnown(_ name: String) -> Bool {
    entry(for: name) != nil
  }

  static func isNotOrganisation(_ name: String) -> Bool {
    notOrganisationKeys.contains(key(name))
  }

  private static func key(_ name: String) -> String {
    let lower = name.lowercased()
    return lower.containsText("'") ? lower.replacingOccurrences(of: "'", with: "’") : lower
  }

  private static let entriesByKey: [String: KnownOrganisations.Entry] = {
    var table: [String: KnownOrganisations.Entry] = [:]
    for entry in KnownOrganisations.entries {
      for name in [entry.name] + (entry.acronym.map { [$0] } ?? []) + entry.aliases
      where table[key(name)] == nil {
        table[key(name)] = entry
      }
    }
    return table
  }()

  private static let notOrganisationKeys = Set(KnownOrganisations.notOrganisations.map(key))
}
