import CommuniqueTestSupport

@testable import CommuniqueCore

/// Random texts for the organisation scanners' oracle test: the lexicons' nouns, connectors,
/// adjectives (endings on stems, words that are none), places and acronyms, in any case,
/// elided, joined by white space of every kind, punctuation, hyphens, apostrophes,
/// parentheses, guillemets, marks and format characters.
enum OracleTextGenerator {
  private static let heads =
    InstitutionNouns.opening + [
      "ministère", "gouvernement", "gouvernements", "forces de sécurité", "Forces Armées",
      "garde-côtes", "Gardes-côtes", "police", "Police", "gendarmerie", "armée", "marine",
      "croix-rouge", "Croix Rouge", "croissant rouge", "Garde Côtière", "garde côtière",
      "pompiers", "Groupe", "Cluster", "Coalition", "Commission", "Comité", "Réseau",
    ]
  private static let connectors = [
    "de", "la", "de la", "des", "du", "pour les", "pour la", "pour le", "pour", "sur les",
    "sur le", "contre la", "contre", "au", "au sein", "aux", "à la", "à", "chargée de la",
    "chargé des", "chargée du", "chargé de", "chargée", "of the", "of", "for", "en", "et",
    "les", "le", "l’", "d’", "l'", "d'", "de l’", "pour l’", "sur l'", "contre l’", "à l’", "de l",
    "et de la", "et des", "sein", "the",
  ]
  private static let stems = [
    "soci", "nation", "lib", "congol", "fr", "b", "x", "ab", "ré-gion", "franco-", "s", "ét",
    "humanit", "intern", "ital", "europé", "sénégal", "fédér", "prov", "déplac", "Nation",
    "Congol", "É", "a", "mar", "personn", "affaires", "étrang", "t",
  ]
  private static let endings = [
    "ien", "iens", "yen", "yens", "ienne", "iennes", "yenne", "yennes", "ais", "aise", "aises",
    "ain", "ains", "aine", "aines", "ois", "oise", "oises", "ique", "iques", "al", "ale", "ales",
    "aux", "el", "els", "elle", "elles", "aire", "aires", "ère", "ères", "ier", "if", "ive",
    "ives", "ifs", "and", "ands", "ande", "andes", "an", "ans", "ane", "anes", "ol", "ols",
    "ole", "oles", "éen", "éens", "éenne", "éennes", "ite", "ites", "èque", "èques", "abè",
    "abé", "abés", "iste", "istes", "ées", "ée", "és", "e", "es", "er", "eur", "a", "-", "’",
    "", "S", "ÉE",
  ]
  private static let words = [
    "belge", "belges", "suisse", "russes", "grec", "grecs", "grecque", "turcs", "turques",
    "tchèque", "malgaches", "dans", "elle", "elles", "quelle", "lesquelles", "auxquelles",
    "contre", "entre", "après", "souhaite", "appelle", "mène", "s’engage", "s’engagent",
    "affiliée", "frontières", "respectifs", "reconnaît", "étaient", "sociales", "nationale",
    "libyen", "française", "déplacées", "personnes", "migrations", "Nations", "Unies", "Niger",
    "Libye", "Somalie", "Ukraine", "Côte", "Ivoire", "McDonald", "Etats-Unis", "ÉTATS",
    "Guinée", "Tripoli", "Abris", "Articles", "Non", "Alimentaires", "Justice", "affaires",
    "intérieures", "sécurité", "défense", "aujourd’hui", "lors", "OIM", "ONU", "UE-OIM",
    "CEDEAO", "HCR", "UN", "A", "ÉÉ", "OIMs", "OIM’s", "OIM2", "UNHCR", "la", "les", "des",
    "aux", "Nationale", "Congolaise", "Libyenne", "libyens", "Ministère", "ministère",
  ]
  private static let marks = [
    ",", ".", "(", ")", "«", "»", "« ", " »", "’", "'", "-", ";", ":", "2", "\u{00AD}",
    "\u{0301}", "\u{200D}", "\u{200B}", "\u{0600}", "👍", "é", "\r\n", "_", "Ω", "ǅ", "ª",
  ]
  private static let separators = [
    " ", " ", " ", " ", " ", " ", " ", " ", " ", "\u{00A0}", "\u{202F}", "  ", "\n", "\t", "",
    "-", "’", "'", "\u{2009}", "\u{0085}", " \u{0301}", ", ", " (", ") ", " « ", " » ",
  ]

  /// One random text.
  static func text(using random: inout SplitMix) -> String {
    var text = ""
    let count = 1 + random.below(14)
    for index in 0..<count {
      if index > 0 { text += pick(separators, &random) }
      text += token(using: &random)
    }
    if random.below(6) == 0 {
      // A long stretch, to reach past the patterns' windows and counted repetitions.
      let filler = String(
        repeating: pick(["a", "é", " ", "B", "- "], &random), count: 30 + random.below(400))
      text.insert(contentsOf: filler, at: random.below(2) == 0 ? text.startIndex : text.endIndex)
    }
    return text
  }

  /// A few words shaped like one of the patterns' matches, often spoilt.
  private static func phrase(using random: inout SplitMix) -> String {
    switch random.below(5) {
    case 4:
      // A name longer than the window the institution patterns read.
      let words = String(
        repeating: pick(["Nations ", "Abc-", "Unies ", "É ", "sociales "], &random),
        count: 60 + random.below(50))
      return pick(heads, &random) + pick([" de ", " ", " des Unies "], &random) + words
        + pick(["libyen", "", ".", "OIM"], &random)
    case 0:
      return pick(
        ["la ", "les ", "des ", "aux ", "l’", "l'", "Xla ", "la\u{A0}", "aux\n", "l ", ""], &random)
        + pick(
          [
            "police", "armée", "gendarmerie", "pompiers", "garde-côtes", "Gardes-côtes", "Police",
            "polices", "police-",
          ], &random)
    case 1:
      let inner = (0..<random.below(66)).map { _ in
        pick(["a", " ", "é", "b", "«", "\u{0301}", "»", "👍"], &random)
      }
      return pick(
        [
          "Conseil", "Comité", "Commission", "Groupe", "Réseau", "Cluster", "Fondation", "xConseil",
        ], &random)
        + pick([" ", "\u{A0}", "  ", "", "\n"], &random) + pick(["«", "« ", "»"], &random)
        + inner.joined()
        + pick(["»", " »", "", "«"], &random)
    case 2:
      var text = "Cluster"
      for _ in 0..<random.below(5) {
        text +=
          pick([" ", " et ", "\u{A0}", " et", "", " - "], &random)
          + pick(
            [
              "Abris", "Articles", "Non", "alimentaires", "ÉTAT", "Wash-Santé", "A", "Éducation’",
              "Santé\u{0301}",
            ], &random)
      }
      return text
    default:
      var text = pick(heads, &random)
      for _ in 0..<random.below(6) {
        text += pick([" ", " ", "\u{A0}", "  ", ""], &random)
        text += random.below(2) == 0 ? pick(connectors, &random) : pick(words, &random)
      }
      return text
    }
  }

  private static func token(using random: inout SplitMix) -> String {
    let word: String
    switch random.below(16) {
    case 12, 13, 14, 15: word = phrase(using: &random)
    case 0, 1, 2: word = pick(heads, &random)
    case 3, 4, 5: word = pick(connectors, &random)
    case 6, 7: word = pick(stems, &random) + pick(endings, &random)
    case 8, 9: word = pick(words, &random)
    case 10:
      word = "(" + pick(words, &random) + (random.below(2) == 0 ? ")" : "")
    default: word = pick(marks, &random)
    }
    switch random.below(10) {
    case 0: return word.uppercased()
    case 1: return word.lowercased()
    case 2: return word.prefix(1).uppercased() + word.dropFirst()
    default: return word
    }
  }

  private static func pick(_ items: [String], _ random: inout SplitMix) -> String {
    items[random.below(items.count)]
  }
}
