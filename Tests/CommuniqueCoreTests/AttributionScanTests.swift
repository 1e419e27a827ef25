import Testing

@testable import CommuniqueCore

/// `AttributionScan` against the patterns it replaces: the same match, the same groups.
struct AttributionScanTests {
  private func describe(_ text: String, _ found: AttributionScan.Found?) -> String {
    guard let found else { return "none" }
    return describe(text, found.name, found.role)
  }

  private func describe(_ text: String, _ match: Pattern.Match?, name: Int, role: Int) -> String {
    guard let match else { return "none" }
    return describe(text, match.groups[name], match.groups[role])
  }

  private func describe(_ text: String, _ name: Range<String.Index>?, _ role: Range<String.Index>?)
    -> String
  {
    let show = { (range: Range<String.Index>?) in
      range.map { String(text[$0]).debugDescription } ?? "-"
    }
    return "\(show(name))|\(show(role))"
  }

  private func expectSame(_ text: String) {
    let cases: [(String, AttributionScan.Found?, Pattern, Int, Int)] = [
      ("afterNamed", AttributionScan.afterNamed(text), ReplacedPatterns.afterNamed, 0, 1),
      (
        "afterRoleThenName", AttributionScan.afterRoleThenName(text),
        ReplacedPatterns.afterRoleThenName, 1, 0
      ),
      ("beforeSelon", AttributionScan.beforeSelon(text), ReplacedPatterns.beforeSelon, 0, 1),
      ("beforeVerb", AttributionScan.beforeVerb(text), ReplacedPatterns.beforeVerb, 0, 1),
    ]
    for (label, found, pattern, name, role) in cases {
      #expect(
        describe(text, found)
          == describe(text, pattern.firstMatch(in: text), name: name, role: role),
        "\(label) \(text.debugDescription)")
    }
    let start = AttributionScan.circumstanceStart(in: text)
    #expect(
      start == ReplacedPatterns.circumstance.firstMatch(in: text)?.range.lowerBound,
      "circumstance \(text.debugDescription)")
  }

  /// The text around each quote of the corpus, cut as `QuoteExtractor` cuts it, and the
  /// corpus lines themselves.
  private static let windows: [String] = OracleCorpus.paragraphs.flatMap { paragraph -> [String] in
    var windows = [paragraph]
    let characters = Array(paragraph)
    for (offset, character) in characters.enumerated() {
      if character == "«" {
        windows.append(String(characters[max(0, offset - 400)..<offset]))
      } else if character == "»" {
        windows.append(String(characters[(offset + 1)..<min(characters.count, offset + 401)]))
      }
    }
    return windows
  }

  @Test func theCorpusReadsTheSame() {
    for text in Self.windows { expectSame(text) }
  }

  @Test func randomSentencesReadTheSame() {
    for text in OracleCorpus.sentences(12_000, seed: 5, length: 1...14) { expectSame(text) }
    for text in OracleCorpus.sentences(6_000, seed: 6, length: 1...10) {
      expectSame(", " + text)
      expectSame("Selon " + text + ", ")
      expectSame(text + " a déclaré :")
      expectSame(". Jean Dupont, " + text + ", a déclaré que ")
    }
  }

  @Test(arguments: [
    ", a déclaré Jean Dupont.", "», a déclaré Jean Dupont, directeur de l’OIM.",
    ", a déclaré M. Jean Dupont, directeur « suite", ", déclare Dupont", ", explique Jean. Puis",
    ". Jean Dupont, Directrice générale. Elle",
    ", a dit le directeur général de l’OIM, Jean Dupont.",
    ", a dit la porte-parole, Mme Jean Dupont, ", ", s’est réjoui Jean Dupont.",
    ", s’est Jean Dupont", ", se félicite Jean Dupont", ", avait conclu Jean Dupont",
    ", conclut Jean Dupont", ", reprendu Jean Dupont", ", a  a dit Jean Dupont",
    "Selon Jean Dupont, directeur, ", "Selon M. Jean Dupont, ", "Pour Jean de La Fontaine , ",
    "D’après Jean Dupont, chef, adjoint, ", "Jean Dupont a déclaré :",
    "Jean Dupont, chef, a dit que",
    "Hier. Jean Dupont s’applique", "Jean a dit", ", Jean Dupont affirme que :",
    "avant, Jean Dupont, chef de l’OIM, a expliqué que", "x, lors de", "x,  pendant",
    "x, ensuivant", "x, avant\u{301}", "x, souriant", "x,lors", "chef, tout en", "x, à l'occasion",
    ", a déclaré Jean Dupont, « ", ", a déclaré Jean Dupont,  «", ", a dit la chef, Jean Dupont",
    ", a dit l’ab, Jean Dupont.", ", a dit la abc, Jean Dupont.", "x, avant\u{301}x",
    ", a dit Jean Dupont\u{301}.", ", a dit Jean Dupont.\u{301}", "Selon Jean Dupont, x\u{301},",
    "Selon Jean Dupont,\u{301}", ", a dit Jean Dupont, chef\u{301}.",
    // The ends `beforeSelon` and `beforeVerb` read first: white space beyond ASCII, colons,
    // `que`, capitals and marks before the end.
    "Selon Jean Dupont,\u{00A0}", "Selon Jean Dupont, \u{202F}\u{2009}", "Selon Jean Dupont,\t\n",
    "Selon Jean Dupont,,", "Selon Jean Dupont, chef,\u{00A0}é", "Selon Jean Dupont\u{00A0},",
    "Jean Dupont a déclaré\u{00A0}:\u{202F}", "Jean Dupont a dit que\u{00A0}: ",
    "Jean Dupont a dit :\u{00A0}:", "Jean Dupont a dit ÉTÉ :", "Jean Dupont a déclaré\u{301} :",
    "Jean Dupont a dit\u{2009}que\u{2009}", "Jean Dupont s’est réjoui\u{00A0}",
    "Jean Dupont a dit:",
    ":", " ", "\u{00A0}", ",", "Selon", "Jean Dupont a dit é", "Jean Dupont a ÉCRIT :",
  ])
  func shapesReadTheSame(text: String) {
    expectSame(text)
  }
}
