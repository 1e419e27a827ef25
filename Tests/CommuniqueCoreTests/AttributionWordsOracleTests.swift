import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `Attribution` and `SayingVerbWords` against the character code they replace
/// (`AttributionOracle`), on every line and paragraph of the corpus, on the text before and
/// after each of their guillemets, on every saying verb in every case with every elision, and
/// on random clauses of verbs, names, elisions, accents, capitals, marks that join characters
/// and emoji.
struct AttributionWordsOracleTests {
  private static let verbs = PersonWords.sayingVerbs.sorted()

  /// Pieces beyond the vocabulary: verbs, elisions, letters beyond Latin-1, joining marks.
  private static let pieces =
    verbs + verbs.map { $0.uppercased() } + verbs.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    + [
      "s’", "S'", "l’", "L’", "d’", "D'", "s’l’", "d’d’après", "d’après", "D’APRÈS", "qu’",
      "İ", "ı", "Œ", "œ", "ǅ", "ß", "ẞ", "ÿ", "Ÿ", "µ", "ª", "×", "÷", "\u{0301}", "e\u{0301}",
      "\u{200D}", "👍", "🇫🇷", "\r\n", "ﬁ", "Ω", "ⁿ", "\u{2071}", "Привет", "’", "'", "-",
    ]

  /// Compares on `text` with a few limits; returns how many comparisons were made.
  private func expectAgree(_ text: String) -> Int {
    for limit in [0, 1, 3, 6, Int.max] {
      #expect(
        SayingVerbWords.occur(in: text, within: limit)
          == AttributionOracle.hasSayingVerb(text, within: limit),
        "\(text.debugDescription) \(limit)")
    }
    return 5
  }

  @Test func sayingVerbsAgree() {
    var comparisons = 0
    for text in OracleCorpus.paragraphs + OracleCorpus.sentences(5_000) {
      comparisons += expectAgree(text)
      for part in text.split(whereSeparator: { $0 == "«" || $0 == "»" }).prefix(20) {
        comparisons += expectAgree(String(part))
      }
    }
    for verb in Self.verbs {
      for form in [verb, verb.uppercased(), verb.prefix(1).uppercased() + verb.dropFirst()] {
        for elision in ["", "s’", "l'", "D’", "s’l’", "qu’"] {
          comparisons += expectAgree(", " + elision + form + " le directeur")
        }
      }
    }
    var random = SplitMix(state: 31)
    for _ in 0..<30_000 {
      comparisons += expectAgree(OracleCorpus.randomText(Self.pieces, &random, count: 12))
    }
    #expect(comparisons > 150_000)
  }

  /// Whether two speakers are the same.
  private func same(_ found: Attribution.Speaker?, _ expected: Attribution.Speaker?) -> Bool {
    found?.name == expected?.name && found?.role == expected?.role
  }

  /// Compares every reading of `Attribution` on the text before and after `cut`; returns how
  /// many comparisons were made.
  private func expectAttributionsAgree(_ text: String, cut: String.Index, people: PersonIndex)
    -> Int
  {
    let before = String(text[..<cut].suffix(400))
    let after = String(text[cut...].dropFirst().prefix(400))
    let described = "\(before.debugDescription) | \(after.debugDescription)"
    #expect(
      same(
        Attribution.after(after, people: people), AttributionOracle.after(after, people: people)),
      "\(described)")
    #expect(
      same(
        Attribution.before(before, people: people),
        AttributionOracle.before(before, people: people)), "\(described)")
    #expect(
      same(
        Attribution.nextSentence(after, people: people),
        AttributionOracle.nextSentence(after, people: people)), "\(described)")
    #expect(
      same(
        Attribution.sameSentence(before, people: people),
        AttributionOracle.sameSentence(before, people: people)), "\(described)")
    var comparisons = 4
    for person in people.people.prefix(4) {
      #expect(
        Attribution.namesSomeoneElse(before, than: person.name, people: people)
          == AttributionOracle.namesSomeoneElse(before, than: person.name, people: people),
        "\(described)")
      #expect(
        Attribution.roleAfterName(person.name, in: before)
          == AttributionOracle.roleAfterName(person.name, in: before), "\(described)")
      comparisons += 2
    }
    return comparisons
  }

  /// The people of `paragraphs`, as the parser indexes them.
  private func personIndex(of paragraphs: [String]) -> PersonIndex {
    PeopleExtractor.index(
      title: "", paragraphs: paragraphs, captions: [], speakerLine: nil,
      appositions: PeopleExtractor.appositions(in: paragraphs))
  }

  @Test func attributionsAgreeOnTheCorpus() {
    var comparisons = 0
    for document in OracleCorpus.documents {
      let people = personIndex(of: document)
      for text in document {
        // At each guillemet, and now and then elsewhere.
        var offset = 0
        for index in text.indices {
          if text[index] == "«" || text[index] == "»" || offset % 97 == 0 {
            comparisons += expectAttributionsAgree(text, cut: index, people: people)
          }
          offset += 1
        }
      }
    }
    #expect(comparisons > 10_000)
  }

  @Test func attributionsAgreeOnRandomTexts() {
    let names = [
      "William Lacy Swing", "Carmela Godeau", "Jean-Pierre N’Guessan", "Şerife", "Mariam Traoré",
      "ÉLISE DU PONT", "Emanuela Del Re", "Anders Holmqvist",
    ]
    let people = personIndex(
      of: names.map { "Le Directeur général de l’OIM, \($0), a déclaré : « Bonjour. »" })
    let pieces =
      Self.pieces + names + names.map { $0.split(separator: " ").last.map(String.init)! } + [
        "M.", "Dr.", "Mme", "A.", "é.", ". ", "! ", "? ", "…", "les mots de", "c’est ainsi que",
        "Ce sont les propos de", "a-t-il déclaré", "déclaration", ":", " que", " comme",
        ", directrice de l’OIM,", ", chef de mission,", "le directeur", "la représentante",
      ]
    var random = SplitMix(state: 37)
    var comparisons = 0
    for _ in 0..<6_000 {
      let text = OracleCorpus.randomText(pieces, &random, count: 30)
      let cut = text.index(text.startIndex, offsetBy: random.below(text.count + 1))
      comparisons += expectAttributionsAgree(text, cut: cut, people: people)
    }
    #expect(comparisons > 50_000)
  }
}
