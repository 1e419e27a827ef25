import CommuniqueTestSupport
import Foundation

@testable import CommuniqueCore

/// Texts on which a hand-written scanner is compared with the regular expression or the
/// code it replaces: the lines and paragraphs of the fixtures and sample releases, of the
/// folders listed in `COMMUNIQUE_ORACLE_CORPUS` (colon-separated, for longer runs by hand),
/// and sentences made at random from the words the scanners read.
enum OracleCorpus {
  /// Lines and paragraphs (lines joined between blank lines) of the corpus files.
  static let paragraphs: [String] = documents.flatMap { $0 }

  /// Each corpus file as its lines and paragraphs, in order.
  static let documents: [[String]] = {
    var documents: [[String]] = []
    var folders = [Fixtures.folder, Fixtures.content]
    if let extra = ProcessInfo.processInfo.environment["COMMUNIQUE_ORACLE_CORPUS"] {
      folders += extra.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
    }
    for folder in folders {
      let files =
        (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
        .compactMap { $0 as? URL } ?? [])
        .filter { ["txt", "md"].contains($0.pathExtension) }
        .sorted { $0.path < $1.path }
      for file in files {
        guard let data = try? Data(contentsOf: file) else { continue }
        let text = TextDecoder.decode([UInt8](data)).text
        var texts: [String] = []
        var paragraph: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
          let line = String(line)
          texts.append(line)
          if line.trimmingWhiteSpace().isEmpty {
            if !paragraph.isEmpty { texts.append(paragraph.joined(separator: " ")) }
            paragraph = []
          } else {
            paragraph.append(line.trimmingWhiteSpace())
          }
        }
        if !paragraph.isEmpty { texts.append(paragraph.joined(separator: " ")) }
        documents.append(texts.filter { !$0.isEmpty })
      }
    }
    return documents
  }()

  /// Words and marks the scanners read, with some they must not trip on.
  static let vocabulary: [String] =
    [
      "M.", "Mme", "Dr", "S.E.", "Son", "Excellence", "le", "la", "Le", "La", "l’", "l'", "L’",
      "d’", "de", "du", "des", "Di", "van", "bin", "ould", "Directeur", "directeur", "directrice",
      "Directrice", "générale", "général", "adjoint", "chef", "Chef", "de mission", "Ministre",
      "ministre", "Premier", "premier", "Première", "Maire", "maire", "DG", "porte-parole",
      "représentante", "spéciale", "coordinatrice", "président", "Président", "qui", "l’OIM",
      "OIM", "IOM", "HCR", "UNICEF", "Organisation", "internationale", "pour", "les", "migrations",
      "William", "Lacy", "Swing", "Carmela", "Godeau", "Flavio", "Giacomo", "Mariam", "Roseline",
      "Jean-Pierre", "N’Guessan", "N'Guessan", "Şerife", "İbrahim", "Đorđe", "Anders", "Holmqvist",
      "DEL", "RE", "Emanuela", "Sidiki", "KABA", "Brigi", "Rafini", "Rhissa", "Feltou",
      "al-Ouzoumi",
      "Libye", "Tripoli", "Niger", "Genève", "Bukavu", "Congo", "Côte", "d’Ivoire", "Mwami",
      "Selon", "selon", "Pour", "pour", "D’après", "d’après", "il", "elle", "Il", "Elle", "lui",
      "a", "déclaré", "déclare", "explique", "expliqué", "a-t-il", "a-t-elle", "fait-elle",
      "remarquer", "confie-t-il", "souligne", "a souligné", "ajoute", "indiqué", "dit", "s’est",
      "réjoui", "se", "félicite", "says", "said", "que", "est", "assise", "sourit", "travaille",
      "32", "ans", "1er", "2019", "lors", "de la", "conférence", "pendant", "en marge", "avant",
      "tout en", "alors", "mais", "car", "depuis", "rapport", "intitulé", "intitulée", "campagne",
      "programme", "projet", "Projet", "RAPPORT", "Étude", "étude", "thème", "slogan", "film",
      "série", "émission", "plateforme", "déclaration", "résolution", "note", "cadre", "pacte",
      "ÉTUDE", "Œuvre", "œuvre", "sœur", "Sœur", "ß", "İ", "e\u{301}", "E\u{301}tude",
      "Spéciale", "Régional", "Internationale", "Nations", "Unies", "République",
      "Premier Ministre",
      "Son Excellence", "Cheikh", "Imam", "Colonel", "Général", "Pape", "Professeur", "Maître",
      "Monsieur", "Madame", "réfugiée", "migrante", "mère", "fils", "épouse", "agent", "Agent",
      "Coordonnateur", "Haut-Commissaire", "haut", "vice-présidente", "sous-secrétaire",
      "conseillère", "point focal", "Point", "focal", "volontaire", "ﬁlm", "ﬆratégie", "\u{2028}",
      "Ali", "al-Ahmad", "ben", "Salah", "ben-Salah", "della", "Rovere", "y", "Ortega", "DUPONT",
      "McDonald", "N’", "Jean-", "directeurs", "directeur\u{301}", "chef\u{200B}", "Élise",
      "Ñúñez", "ǅemal", "Ǆ", "(OIM)", "):", "haut-commissaire", "sage-femme", "cheffe",
      "superviseure", "fille", "qui", "quiz", "Mme.", "M.\u{00A0}", "a-t-on", "-t-il",
    ] + NamePattern.roleWordPieces.flatMap(NamePattern.spellings)

  static let marks: [String] = [
    " ", " ", " ", " ", ", ", ", ", ". ", " : ", " ; ", " « ", " » ", "« ", " »", "«", "»",
    "\u{00A0}",
    "\u{202F}", " – ", " — ", "’", "'", "-", " (", ") ", "! ", "? ", "…", "\n", "\t", " , ", ",",
    ".", "\u{00A0}»", "«\u{00A0}", "\u{2009}", "\u{0085}", "\u{000B}",
  ]

  /// A text of 1 to `count` parts at random, each a word of `vocabulary`, a mark of `marks` or
  /// one of `pieces` (one chance in `choices` each for a word and a mark, the rest for the
  /// pieces), sometimes followed by a space.
  static func randomText(
    _ pieces: [String], _ random: inout SplitMix, count: Int, choices: Int = 4
  ) -> String {
    var text = ""
    for _ in 0..<(1 + random.below(count)) {
      switch random.below(choices) {
      case 0: text += vocabulary[random.below(vocabulary.count)]
      case 1: text += marks[random.below(marks.count)]
      default: text += pieces[random.below(pieces.count)]
      }
      if random.below(3) == 0 { text += " " }
    }
    return text
  }

  /// `count` sentences made at random from `vocabulary` and `marks`, the same on every run.
  static func sentences(_ count: Int, seed: UInt64 = 42, length: ClosedRange<Int> = 1...24)
    -> [String]
  {
    var generator = OracleRandom(seed: seed)
    return (0..<count).map { _ in
      var text = ""
      let words = Int.random(in: length, using: &generator)
      for index in 0..<words {
        text += vocabulary.randomElement(using: &generator)!
        if index + 1 < words {
          text +=
            Int.random(in: 0..<3, using: &generator) == 0
            ? marks.randomElement(using: &generator)! : " "
        }
      }
      if Bool.random(using: &generator) { text += marks.randomElement(using: &generator)! }
      return text
    }
  }
}

/// A small seeded generator (SplitMix64).
struct OracleRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
