import CommuniqueCore
import CommuniqueTestSupport
import Testing

/// Properties that hold for any release built from random words: nothing of the body is lost
/// or reordered, whatever the wrapping, and reflowing is stable.
@Suite struct ParserPropertyTests {
  static let words = [
    "les", "migrants", "ont", "reçu", "une", "aide", "dans", "la", "région", "depuis", "des",
    "mois", "équipes", "mobiles", "distribuent", "kits", "d’hygiène", "familles", "déplacées",
    "garde-côtes", "centres", "accueil", "santé", "retour", "volontaire", "soutien", "locaux",
  ]

  static func sentence(_ generator: inout SplitMix) -> String {
    let count = 6 + generator.below(14)
    let body = (0..<count).map { _ in words[generator.below(words.count)] }.joined(separator: " ")
    return body.prefix(1).uppercased() + body.dropFirst() + "."
  }

  static func wrapped(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  @Test(arguments: 0..<150)
  func bodyWordsSurviveInOrder(seed: Int) {
    var generator = SplitMix(state: UInt64(seed))
    let paragraphs = (0..<(1 + generator.below(6))).map { _ in
      (0..<(1 + generator.below(4))).map { _ in Self.sentence(&generator) }.joined(separator: " ")
    }
    let hardWrapped = generator.below(2) == 0
    let width = 30 + generator.below(40)
    let body =
      hardWrapped
      ? paragraphs.flatMap { Self.wrapped($0, width: width) } : paragraphs
    let source = (["Un titre de communiqué"] + body).joined(separator: "\n")
    let release = ReleaseParser.parse(bytes: Array(source.utf8), sourcePath: "seed-\(seed)")
    let expected = paragraphs.joined(separator: " ").split(separator: " ")
    let actual = release.paragraphs.map(\.text).joined(separator: " ").split(separator: " ")
    #expect(actual == expected)
    #expect(release.title == "Un titre de communiqué")
    if !hardWrapped { #expect(release.paragraphs.map(\.text) == paragraphs) }
  }

  @Test(arguments: 0..<50)
  func reflowIsStable(seed: Int) {
    var generator = SplitMix(state: UInt64(1000 + seed))
    let text = (0..<(2 + generator.below(5))).map { _ in Self.sentence(&generator) }
      .joined(separator: " ")
    let once = ParagraphReflow.paragraphs(Self.wrapped(text, width: 35 + generator.below(30)))
    #expect(ParagraphReflow.paragraphs(once) == once)
  }

  @Test(arguments: 0..<50)
  func sanitisedTextHasNoControls(seed: Int) {
    var generator = SplitMix(state: UInt64(5000 + seed))
    let scalars = (0..<200).compactMap { _ in Unicode.Scalar(UInt32(generator.below(0x3000))) }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars)
    let clean = Sanitiser.clean(String(text))
    #expect(!clean.unicodeScalars.contains { Sanitiser.isUnsafe($0) || $0 == "\t" })
  }
}
