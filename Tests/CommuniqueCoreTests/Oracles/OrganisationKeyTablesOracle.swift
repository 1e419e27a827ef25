import Foundation

@testable import CommuniqueCore

/// The organisation stage's look-ups as they were before `TextKeyTable`: `String` keys made
/// by `LatinLowercase` and `OrganisationRegistry.fold`, looked up in `TextKey` dictionaries;
/// the filter asking for the lexicon's key once; the stage's tables of spelled-out names
/// worked out by characters.
enum OrganisationKeyTablesOracle {
  /// The old `Gazetteer.entry(for:)`.
  static func gazetteerEntry(for key: String) -> Gazetteer.Entry? {
    gazetteerByKey[TextKey(LatinLowercase.of(key))]
  }

  private static let gazetteerByKey: [TextKey: Gazetteer.Entry] = {
    var table: [TextKey: Gazetteer.Entry] = [:]
    for entry in Gazetteer.entries {
      for key in [entry.acronym] + entry.aliases where table[TextKey(key.lowercased())] == nil {
        table[TextKey(key.lowercased())] = entry
      }
    }
    return table
  }()

  /// The old `OrganisationRegistry.gazetteerEntry(named:)`.
  static func gazetteerEntry(named name: String) -> Gazetteer.Entry? {
    gazetteerByName[TextKey(OrganisationRegistry.fold(name))]
  }

  private static let gazetteerByName: [TextKey: Gazetteer.Entry] = {
    var table: [TextKey: Gazetteer.Entry] = [:]
    for entry in Gazetteer.entries {
      for name in [entry.name] + entry.aliases {
        table[TextKey(OrganisationRegistry.fold(name))] = entry
      }
    }
    return table
  }()

  /// The old `OrganisationExtractor.isAcronymCompound`.
  static func isAcronymCompound(_ name: String) -> Bool {
    guard let head = name.split(separator: "-").first, head.count >= 2, name.containsText("-")
    else { return false }
    return head.allSatisfy(\.isUppercase)
  }

  private static let notBodyHeads = Set(
    [
      "programme", "pacte", "forum", "conférence", "cadre", "partenariat", "partenariats",
      "accord", "accords", "initiative", "plan", "projet", "stratégie", "processus", "journée",
      "sommet", "dialogue", "campagne", "matrice", "rapport", "déclaration", "agenda", "objectifs",
      "fonds", "mécanisme", "système", "politique", "feuille",
    ].map(TextKey.init))
  private static let bareNouns = Set(
    InstitutionNouns.lowercased.union([
      "forces", "force", "gouvernement", "marine", "autorités",
    ]).map(TextKey.init))
  private static let danglingEnds = Set(
    ["de", "du", "des", "la", "le", "les", "l’", "l'", "d’", "d'", "et", "pour"].map(TextKey.init))

  /// The old `OrganisationFilter.isNotOrganisation(_:acronym:)`.
  static func isNotOrganisation(_ name: String, acronym: String?) -> Bool {
    if KnownOrganisationsOracle.entry(for: name) != nil || gazetteerEntry(for: name) != nil
      || gazetteerEntry(named: name) != nil
    {
      return false
    }
    if let acronym, gazetteerEntry(for: acronym) != nil || KnownOrganisationsOracle.isKnown(acronym)
    {
      return OrganisationFilter.isRole(name)
    }
    if PlaceNames.contains(name) || KnownOrganisationsOracle.isNotOrganisation(name) {
      return true
    }
    if let acronym, KnownOrganisationsOracle.isNotOrganisation(acronym) {
      return true
    }
    let words = name.split(separator: " ")
    guard let first = words.first, let last = words.last else { return true }
    if words.count == 1
      && (first.count < 3 || bareNouns.contains(TextKey(LatinLowercase.of(String(first)))))
    {
      return true
    }
    if PlaceNames.contains(String(first))
      || (words.count > 1 && PlaceNames.contains(words.prefix(2).joined(separator: " ")))
    {
      return true
    }
    return notBodyHeads.contains(TextKey(LatinLowercase.of(String(first))))
      || danglingEnds.contains(TextKey(LatinLowercase.of(String(last))))
      || OrganisationFilter.isRole(name)
  }
}
