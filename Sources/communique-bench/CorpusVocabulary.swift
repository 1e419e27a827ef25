/// The words the synthetic releases are made of: places, organisations, people, and sentence
/// templates in the style of the OIM's French releases.
enum CorpusVocabulary {
  static let places = [
    "Tripoli", "Niamey", "Genève", "Dakar", "Bamako", "Tunis", "Rabat", "Kaboul", "Bogota",
    "Minsk, Bélarus", "Port-au-Prince", "Nouakchott", "Abidjan", "Conakry", "N'Djamena",
    "Khartoum", "Addis-Abeba", "Bangui", "Kinshasa", "Beyrouth", "Amman", "Erbil", "Sanaa",
    "Cox's Bazar", "Dhaka", "Colombo", "Manille", "Caracas", "Quito", "Lima",
  ]
  static let organisations: [(name: String, acronym: String)] = [
    ("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"),
    ("Fonds des Nations Unies pour l'enfance", "UNICEF"),
    ("Programme alimentaire mondial", "PAM"), ("Organisation mondiale de la Santé", "OMS"),
    ("Union européenne", "UE"), ("International Detention Coalition", "IDC"),
    ("Comité international de la Croix-Rouge", "CICR"),
    ("Bureau de la coordination des affaires humanitaires", "OCHA"),
    ("Programme des Nations Unies pour le développement", "PNUD"),
    ("Organisation internationale du Travail", "OIT"),
    ("Communauté économique des États de l'Afrique de l'Ouest", "CEDEAO"),
    ("Agence suédoise de coopération internationale au développement", "ASDI"),
  ]
  static let firstNames = [
    "Carmela", "Laurence", "Mohammed", "Aïcha", "Jean-Philippe", "Fatoumata", "Olivier",
    "Joël", "Nathalie", "Hélène", "Ibrahim", "Soledad", "Anouk", "Kwame", "Léa", "Tomás",
  ]
  static let lastNames = [
    "Godeau", "Hart", "Abdiker", "Chauzy", "Diallo", "Millman", "Berthiaume", "Swing",
    "Vitorino", "Pope", "Traoré", "Okafor", "Lefebvre", "Ndiaye", "Rosenthal", "Haddad",
  ]
  static let roles = [
    "Chef de mission de l'OIM", "Directrice régionale de l'OIM pour l'Afrique de l'Ouest",
    "porte-parole de l'OIM", "Directeur général de l'OIM",
    "coordinatrice des programmes de retour volontaire", "ministre de l'Intérieur",
  ]
  static let weekdays = [
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "La semaine dernière", "Hier",
    "12 mars 2021", "3 juillet 2019", "28 novembre 2017",
  ]
  static let subjects = [
    "l'aide au retour volontaire", "la lutte contre la traite des personnes",
    "les alternatives à la détention", "la réintégration des migrants de retour",
    "la gestion des frontières", "la santé des migrants",
    "la protection des enfants non accompagnés",
    "la cohésion sociale dans les communautés d'accueil", "le rapatriement des migrants bloqués",
    "la résilience face aux catastrophes", "les déplacements internes", "l'œuvre humanitaire",
  ]
  static let titleTemplates = [
    "L'OIM lance un programme sur {subject} à {place}",
    "{org} et l'OIM renforcent {subject}",
    "Un atelier sur {subject} réunit des partenaires à {place}",
    "Plus de {number} migrants rapatriés depuis {place}",
    "L'OIM salue l'engagement de {org} pour {subject}",
    "Des migrants bloqués à {place} reçoivent une assistance d'urgence",
  ]
  static let sentences = [
    "L'Organisation internationale pour les migrations (OIM) a organisé un atelier sur {subject} "
      + "à {place}.",
    "Les participants comprennent des représentants du gouvernement, de {orgFull} ({org}) "
      + "et des ONG locales.",
    "Depuis le début de l'année, {number} migrants ont bénéficié d'une aide au retour volontaire.",
    "Ce programme est financé par {orgFull} et mis en œuvre en collaboration avec les autorités "
      + "nationales.",
    "Les équipes de l'OIM ont distribué des kits d'hygiène, de la nourriture et de l'eau potable.",
    "La situation des migrants en détention reste préoccupante, selon les observateurs.",
    "Les rapatriés reçoivent un accompagnement psychosocial et une formation professionnelle.",
    "L'initiative vise à renforcer les capacités des garde-côtes et des services de santé.",
    "Près de {number} personnes déplacées vivent encore dans des camps de fortune.",
    "Le projet soutient également {subject}, une priorité pour la région.",
    "Les autorités de {place} ont salué la coopération avec l'OIM et {org}.",
    "Des séances de sensibilisation ont été organisées dans {number} villages.",
  ]
  static let menu = [
    "-", "Qui sommes nous", "Qui sommes nous", "- Structure organisationnelle",
    "- Directrice générale", "-", "Notre travail", "Notre travail", "Partenariats",
    "Partenariats", "- Où travaillons-nous", "-", "Agir", "Agir", "- Données et recherche",
  ]
}
