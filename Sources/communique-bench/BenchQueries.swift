/// The benchmark's queries: common words (found in most releases), rarer ones, prefixes as
/// typed key by key, phrases, field filters and exclusions.
enum BenchQueries {
  static let words = [
    "migrants", "oim", "retour", "détention", "rapatriement", "santé", "traite", "enfants",
    "frontières", "garde-côtes", "réintégration", "humanitaire", "hygiène", "villages",
    "cohésion", "catastrophes", "déplacées", "financé", "autorités", "sensibilisation",
    "oeuvre", "l'OIM", "psychosocial", "formation", "Prometeo", "Godeau", "Tripoli", "Niamey",
  ]
  static let typed = [
    "m", "mi", "mig", "migr", "migra", "r", "ra", "rap", "rapa", "d", "dé", "dét",
  ]
  static let structured = [
    "\"aide au retour volontaire\"", "\"alternatives à la détention\"", "org:HCR", "org:IDC",
    "org:UNICEF", "lieu:Tripoli", "lieu:Genève", "personne:Godeau", "personne:Diallo",
    "migrants -détention", "oim -santé", "migrants retour", "migrants org:UE lieu:Dakar",
    "santé enfants", "traite personnes", "rapatriés bloqués",
  ]

  /// At least 200 queries, in a fixed order.
  static var all: [String] {
    var queries: [String] = []
    while queries.count < 200 { queries += words + typed + structured }
    return queries
  }
}
