/// What looks like an organisation's name but is not one: places, programmes, projects,
/// events and agreements, names cut before their end, and a role taken for a name
/// (`Porte-parole (OCHA)` names a person's role, not a body called `Porte-parole`).
enum OrganisationFilter {
  /// First words of names of things that are not bodies (unless the gazetteer knows the name).
  private static let notBodyHeads = Set(
    [
      "programme", "pacte", "forum", "conférence", "cadre", "partenariat", "partenariats",
      "accord", "accords", "initiative", "plan", "projet", "stratégie", "processus", "journée",
      "sommet", "dialogue", "campagne", "matrice", "rapport", "déclaration", "agenda", "objectifs",
      "fonds", "mécanisme", "système", "politique", "feuille",
    ].map(TextKey.init))
  /// The nouns of bodies, alone: `l’Organisation`, `la Commission` name no body by themselves.
  private static let bareNouns = Set(
    InstitutionNouns.lowercased.union([
      "forces", "force", "gouvernement", "marine", "autorités",
    ]).map(TextKey.init))
  private static let danglingEnds = Set(
    ["de", "du", "des", "la", "le", "les", "l’", "l'", "d’", "d'", "et", "pour"].map(TextKey.init))

  /// Whether `name` (with `acronym`) must not be recorded as an organisation.
  static func isNotOrganisation(_ name: String, acronym: String?) -> Bool {
    let known = KnownOrganisationKeys.verdicts(of: name)
    if known.known || Gazetteer.entry(for: name) != nil
      || OrganisationRegistry.gazetteerEntry(named: name) != nil
    {
      return false
    }
    if let acronym, Gazetteer.entry(for: acronym) != nil || KnownOrganisationKeys.isKnown(acronym) {
      return isRole(name)
    }
    if PlaceNames.contains(name) || known.notOrganisation {
      return true
    }
    if let acronym, KnownOrganisationKeys.isNotOrganisation(acronym) {
      return true
    }
    let words = name.splitOnSpaces()
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
      || isRole(name)
  }

  /// Whether `name` opens with a person's role (`Porte-parole`, `Directrice régionale`).
  static func isRole(_ name: String) -> Bool {
    guard let first = name.splitOnSpaces().first else { return false }
    return PersonWords.roles.contains(LatinLowercase.of(String(first)))
  }
}
