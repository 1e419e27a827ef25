@testable import CommuniqueCore

/// The organisation stage's name patterns as the regular expressions they were before the
/// hand-written scanners replaced them, built from the same sources: the oracle the scanners
/// are compared with (`OrganisationScannerOracleTests`).
enum OrganisationPatternOracle {
  static let parenthesis = Pattern(#"\(([^()]{1,160})\)"#, requiringOneOf: ["("])
  private static let notAdjectives = [
    "dans", "sans", "avant", "pendant", "durant", "elle", "elles", "celle", "celles", "telle",
    "telles", "quelle", "quelles", "laquelle", "lesquelles", "auxquelles", "lequel", "auquel",
    "ainsi", "aussi", "entre", "contre", "lors", "depuis", "avec", "après", "leur", "leurs",
    "tels", "quels", "chez", "mais", "tant", "quant", "avaient", "étaient", "vont", "sont",
    "ont", "font", "souhaite", "appelle", "salue", "lance", "organise", "annonce", "estime",
    "publie", "exhorte", "réaffirme", "rappelle", "félicite", "soutient", "prévoit", "mène",
    "mènent", "continue", "travaille", "travaillent", "déploie", "fournit", "appuie",
    "encourage", "espère", "demande", "accueille", "reconnaît", "condamne", "invite",
    "s’engage", "affilié", "affiliée", "affiliés", "affiliées", "frontière", "frontières",
    "respectif", "respective", "respectifs", "respectives",
  ]
  private static let adjectiveEndings = [
    "[iy]ens?", "[iy]ennes?", "ais", "aises?", "ains?", "aines?", "ois", "oises?", "iques?",
    "al", "ales?", "aux", "els?", "elles?", "aires?", "ères?", "ier", "if", "ives?", "ifs",
    "ands?", "andes?", "ans?", "anes?", "ols?", "oles?", "éens?", "éennes?", "ites?", "èques?",
    "abè", "abés?", "istes?",
  ]
  private static let wholeAdjectives = [
    "belges?", "suisses?", "russes?", "grecs?", "grecques?", "turcs?", "turques?", "tchèques?",
    "malgaches?",
  ]
  private static let participleEndings = ["ées", "ée", "és"]
  private static func adjective(capitalised: Bool = false, participles: Bool = false) -> String {
    let endings = adjectiveEndings + (participles ? participleEndings : [])
    let first = capitalised ? #"[\p{L}]"# : #"[\p{Ll}]"#
    return #"(?!(?:\#(notAdjectives.joined(separator: "|")))(?![\p{L}]))(?:\#(first)[\p{Ll}\-]*"#
      + #"(?:\#(endings.joined(separator: "|")))|\#(wholeAdjectives.joined(separator: "|")))"#
      + #"(?![\p{L}])"#
  }

  private static let adjectiveWord = adjective()
  private static let complementAdjective = adjective(participles: true)
  private static let nationalAdjective = adjective(capitalised: true)
  private static let institutionWords = InstitutionNouns.opening + ["ministère"]
  private static let connectors = [
    #"de\s+la"#, "des", "du", "de", #"pour\s+(?:les|la|le)"#, #"sur\s+(?:les|la|le)"#,
    #"contre\s+(?:les|la|le)"#, #"au(?!\s+sein)"#, "aux", #"à\s+la"#,
    #"chargée?\s+(?:de\s+la|des|du|de)"#, #"of\s+the"#, "of", "for",
  ]
  private static let elidedConnector = #"(?:de\s+l|d|pour\s+l|sur\s+l|contre\s+l|à\s+l)['’]\s*"#
  private static let complementWords =
    #"[\p{L}][\p{L}\-]*(?!['’])(?:\s+[\p{Lu}][\p{Ll}\-]+)*(?:\s+\#(complementAdjective))*"#
  private static let complement =
    #"\s+(?:et\s+)?(?:\#(elidedConnector)\#(complementWords)|(?:\#(connectors.joined(separator: "|")))\s+"#
    + #"(?:[\p{Lu}]{2,}\b(?![\-'’])|(?![\p{Lu}]{2,}\b)\#(complementWords))"#
    + #"|en\s+[\p{Lu}][\p{Ll}\-]+(?:\s+[\p{Lu}][\p{Ll}\-]+)*)"#
  static let institution = AnchoredPattern(
    #"(?<![\p{L}])(?:\#(institutionWords.joined(separator: "|")))(?:(?:\s+\#(adjectiveWord))*"#
      + #"(?:\#(complement))+|(?:\s+\#(adjectiveWord))+)"#,
    startingAt: .literals(institutionWords, reach: nameReach))
  private static let nationalBodyWords = [
    "gouvernement", "gouvernements", "forces de sécurité", "forces de défense", "forces armées",
    "garde-côtes", "gardes-côtes", "police", "gendarmerie",
    "armée", "marine",
    "croix-rouge", "croissant-rouge", "croix rouge", "croissant rouge", "garde côtière",
  ]
  static let nationalBody = AnchoredPattern(
    #"(?<![\p{L}])(?:"#
      + #"\#((nationalBodyWords + capitalisedNationalBodyWords).joined(separator: "|")))(?:"#
      + #"(?:\s+\#(nationalAdjective))+(?:\s+\#(ofPlace))?|\s+\#(ofPlace)(?:\s+et\s+\#(ofPlace))?)"#,
    startingAt: .literals(nationalBodyWords + capitalisedNationalBodyWords, reach: nameReach))
  private static let nameReach = 400
  private static let ofPlace =
    #"(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*[\p{Lu}][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+)*"#
  private static let capitalisedNationalBodyWords: [String] = nationalBodyWords.flatMap { word in
    [
      word.prefix(1).uppercased() + word.dropFirst(),
      word.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        .joined(separator: " "),
    ]
  }
  private static let bareBodyWords = [
    "police", "armée", "gendarmerie", "pompiers", "garde-côtes", "gardes-côtes", "Garde-côtes",
    "Gardes-côtes",
  ]
  static let bareBody = AnchoredPattern(
    #"(?<=(?<![\p{L}])(?:la|les|des|aux)\s|(?<![\p{L}])l['’])"#
      + #"(?:\#(bareBodyWords.joined(separator: "|")))(?![\p{L}\-])"#,
    startingAt: .literals(bareBodyWords, reach: 40, lookBehind: 5))
  private static let namedBodyWords = [
    "Conseil", "Comité", "Commission", "Groupe", "Réseau", "Association", "Fondation",
    "Coalition", "Cluster",
  ]
  static let guillemetBody = Pattern(
    #"(?<![\p{L}])(?:\#(namedBodyWords.joined(separator: "|")))\s+«[^«»]{2,60}»"#,
    prerequisite: { text in text.containsText("«") && namedBodyWordSet.occurs(in: text) })
  private static let namedBodyWordSet = LiteralSet(namedBodyWords)
  static let cluster = Pattern(
    #"(?<![\p{L}])Cluster\s+[\p{Lu}][\p{L}\-]+(?:\s+(?:et\s+)?[\p{Lu}][\p{L}\-]+)*"#,
    requiringOneOf: ["Cluster"])
}
