/// Built-in knowledge of the UN and partner bodies that releases name by acronym only.
public enum Gazetteer {
  /// One known body.
  public struct Entry: Sendable {
    /// The French acronym used in releases.
    public let acronym: String
    /// The full French name.
    public let name: String
    /// Other acronyms and names for the same body (English forms, other spellings).
    public let aliases: [String]
  }

  /// The bodies we know.
  public static let entries: [Entry] = [
    Entry(
      acronym: "OIM", name: "Organisation internationale pour les migrations",
      aliases: ["IOM", "International Organization for Migration"]),
    Entry(
      acronym: "HCR", name: "Haut-Commissariat des Nations Unies pour les réfugiés",
      aliases: [
        "UNHCR",
        "Haut Commissariat des Nations Unies pour les réfugiés",
        "Agence des Nations Unies pour les réfugiés",
      ]),
    Entry(
      acronym: "UNICEF", name: "Fonds des Nations Unies pour l’enfance",
      aliases: ["Fonds des Nations Unies pour l'enfance"]),
    Entry(
      acronym: "PAM", name: "Programme alimentaire mondial",
      aliases: ["WFP", "World Food Programme"]),
    Entry(
      acronym: "OMS", name: "Organisation mondiale de la santé",
      aliases: ["WHO", "World Health Organization"]),
    Entry(acronym: "UE", name: "Union européenne", aliases: ["EU", "European Union"]),
    Entry(
      acronym: "ONU", name: "Organisation des Nations Unies",
      aliases: ["UN", "Nations Unies", "United Nations"]),
    Entry(
      acronym: "PNUD", name: "Programme des Nations Unies pour le développement",
      aliases: ["UNDP"]),
    Entry(acronym: "UNFPA", name: "Fonds des Nations Unies pour la population", aliases: ["FNUAP"]),
    Entry(
      acronym: "OCHA", name: "Bureau de la coordination des affaires humanitaires",
      aliases: ["BCAH"]),
    Entry(acronym: "OIT", name: "Organisation internationale du Travail", aliases: ["ILO", "BIT"]),
    Entry(
      acronym: "FAO", name: "Organisation des Nations Unies pour l’alimentation et l’agriculture",
      aliases: []),
    Entry(
      acronym: "UNESCO",
      name: "Organisation des Nations Unies pour l’éducation, la science et la culture",
      aliases: []),
    Entry(acronym: "CICR", name: "Comité international de la Croix-Rouge", aliases: ["ICRC"]),
    Entry(
      acronym: "FICR",
      name: "Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge",
      aliases: ["IFRC"]),
    Entry(
      acronym: "ONUDC", name: "Office des Nations Unies contre la drogue et le crime",
      aliases: ["UNODC"]),
    Entry(
      acronym: "HCDH", name: "Haut-Commissariat des Nations Unies aux droits de l’homme",
      aliases: ["OHCHR"]),
    Entry(
      acronym: "CEDEAO", name: "Communauté économique des États de l’Afrique de l’Ouest",
      aliases: ["ECOWAS"]),
    Entry(acronym: "UA", name: "Union africaine", aliases: ["AU", "African Union"]),
    Entry(
      acronym: "ONU Femmes",
      name: "Entité des Nations Unies pour l’égalité des sexes et l’autonomisation des femmes",
      aliases: ["UN Women"]),
    Entry(
      acronym: "ONUSIDA", name: "Programme commun des Nations Unies sur le VIH/sida",
      aliases: ["UNAIDS"]),
    Entry(
      acronym: "UNRWA",
      name: "Office de secours et de travaux des Nations Unies pour les réfugiés de "
        + "Palestine dans le Proche-Orient",
      aliases: []),
    Entry(
      acronym: "ECHO",
      name: "Direction générale de la protection civile et des opérations d’aide "
        + "humanitaire européennes",
      aliases: ["DG ECHO"]),
    Entry(
      acronym: "USAID", name: "Agence des États-Unis pour le développement international",
      aliases: []),
    Entry(
      acronym: "DFID", name: "Département britannique pour le développement international",
      aliases: ["Department for International Development"]),
    Entry(acronym: "MSF", name: "Médecins Sans Frontières", aliases: []),
    Entry(acronym: "CRS", name: "Catholic Relief Services", aliases: []),
    Entry(
      acronym: "NRC", name: "Conseil norvégien pour les réfugiés",
      aliases: ["Norwegian Refugee Council"]),
    Entry(
      acronym: "IGAD", name: "Autorité intergouvernementale pour le développement",
      aliases: []),
    Entry(
      acronym: "OCDE", name: "Organisation de coopération et de développement économiques",
      aliases: ["OECD"]),
    Entry(acronym: "OTAN", name: "Organisation du Traité de l’Atlantique Nord", aliases: ["NATO"]),
    Entry(acronym: "BAD", name: "Banque africaine de développement", aliases: ["AfDB"]),
    Entry(acronym: "BM", name: "Banque mondiale", aliases: ["World Bank"]),
    Entry(
      acronym: "ONU-Habitat", name: "Programme des Nations Unies pour les établissements humains",
      aliases: [
        "UN-Habitat",
        "ONU Habitat",
        "Programme des Nations-Unies pour les établissements humains",
      ]),
    Entry(
      acronym: "UNITAR", name: "Institut des Nations Unies pour la formation et la recherche",
      aliases: []),
    Entry(
      acronym: "CNUCED", name: "Conférence des Nations Unies sur le commerce et le développement",
      aliases: ["UNCTAD"]),
    Entry(
      acronym: "BCAD", name: "Bureau de la coordination des activités de développement",
      aliases: ["DCO"]),
    Entry(
      acronym: "PNUE", name: "Programme des Nations Unies pour l’environnement",
      aliases: ["UNEP"]),
    Entry(
      acronym: "UNOPS", name: "Bureau des Nations Unies pour les services d’appui aux projets",
      aliases: []),
    Entry(
      acronym: "FIDA", name: "Fonds international de développement agricole",
      aliases: ["IFAD"]),
    Entry(
      acronym: "ONUDI", name: "Organisation des Nations Unies pour le développement industriel",
      aliases: ["UNIDO"]),
    Entry(acronym: "OMC", name: "Organisation mondiale du commerce", aliases: ["WTO"]),
    Entry(acronym: "OMM", name: "Organisation météorologique mondiale", aliases: ["WMO"]),
    Entry(acronym: "UIT", name: "Union internationale des télécommunications", aliases: ["ITU"]),
    Entry(acronym: "UNMAS", name: "Service de la lutte antimines des Nations Unies", aliases: []),
    Entry(
      acronym: "GMG", name: "Groupe mondial sur la migration",
      aliases: ["Global Migration Group"]),
    Entry(
      acronym: "CIDPM",
      name: "Centre international pour le développement des politiques migratoires",
      aliases: ["ICMPD"]),
  ]

  /// Upper-case words that look like acronyms but never name an organisation.
  public static let notOrganisations: Set<String> = [
    "ONG", "ONGs", "OSC", "ODD", "PIB", "VIH", "SIDA", "COVID", "TIC", "RDC", "RCA", "USA",
    "UK", "EAU", "PDI", "PDIs", "IDP", "IDPs", "TV", "SMS", "PDF", "CV", "UTC", "GMT", "NB",
    "OK", "II", "III", "IV", "XX", "XXI", "ADN", "SIG", "MHPSS", "SSPS", "DTM", "HIV", "AIDS",
    "FAQ", "URL", "Tél", "TEL", "E-MAIL", "EMAIL", "FIN",
  ]

  /// The entry for an acronym or alias, when we know it: looked up on the bytes of a key in
  /// Latin-1 (or with `’`), by its lower-cased `String` otherwise.
  public static func entry(for key: String) -> Entry? {
    if let found = LatinKeyBytes.with(
      key, LatinKeyBytes.lowercased, { entriesByLowercasedKey.value(forPlain: $0) })
    {
      return found
    }
    return entriesByLowercasedKey.value(for: LatinLowercase.of(key))
  }

  /// Each entry under its acronym and aliases in lower case; the first entry wins a key.
  private static let entriesByLowercasedKey: TextKeyTable<Entry> = {
    var table: [TextKey: Entry] = [:]
    for entry in entries {
      for key in [entry.acronym] + entry.aliases where table[TextKey(key.lowercased())] == nil {
        table[TextKey(key.lowercased())] = entry
      }
    }
    return TextKeyTable(table)
  }()
}
