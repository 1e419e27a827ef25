/// The nouns that head the names of institutions (`Ministère …`, `Organisation …`,
/// `Council …`): one lexicon for the stages that read organisations, written by hand for
/// communique.
enum InstitutionNouns {
  /// The French and English nouns that open an institution's name in running text; the
  /// organisation stage reads a name from each of them.
  static let opening = [
    "Ministère", "Ministry", "Département", "Department", "Direction", "Bureau", "Agence",
    "Secrétariat", "Haut-Commissariat", "Commission", "Conseil", "Délégation", "Préfecture",
    "Gouvernorat", "Ambassade", "Croix-Rouge", "Croissant-Rouge", "Fondation", "Association",
    "Organisation", "Coalition", "Fédération", "Institut", "Comité", "Fonds", "Union", "Réseau",
    "Banque", "Autorité", "Office", "Service", "Programme",
  ]

  /// Every head noun: `opening` and the nouns that head a name only before its acronym
  /// (`Groupe …`, `Initiative …`, `Mission …`), for pairing acronyms with their names.
  static let all: Set<String> = Set(opening + pairingOnly)

  /// Lower-cased `all`, to tell a body's noun from the start of a person's name.
  static let lowercased: Set<String> = Set(all.map { $0.lowercased() })

  private static let pairingOnly = [
    "Organization", "Council", "Fund", "Program", "Agency", "Committee", "Federation",
    "Institute", "Centre", "Center", "Society", "Société", "Bank", "Foundation", "Alliance",
    "Network", "Mission", "Authority", "Initiative", "Partenariat", "Partnership", "Groupe",
    "Group", "Plateforme", "Platform", "Cour", "Tribunal", "Parlement", "Assemblée", "Forum",
    "Observatoire", "Mouvement", "Communauté", "Community", "Entité", "Collectif",
    "Confédération", "Syndicat", "Chambre", "Université", "University", "Embassy",
    "Gouvernement", "Government", "Agency", "Médecins", "Caritas",
  ]
}
