import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `EmailRuns` against the e-mail pattern (`ContactsOracle.email`) run over the whole text, the
/// code it replaces in `SpanBuilder` and `ContactsParser`: on the corpus's paragraphs, on random sentences and on random texts made of
/// address pieces, marks and the bytes around them.
struct EmailRunsOracleTests {
  /// Pieces of addresses, and the characters next to the pattern's classes.
  private static let pieces = [
    "a.b@iom.int", "presse@oim.int", "x@y", "@", "@@", "user@", "@example.org", "a@b.c",
    "A1@B2.cd", "jean-luc.o'neil@un.org", "été@exemple.fr", "x@é.fr", "x@y.é", "%", "+", "-",
    ".", "_", "..", "@.", ".@", "a", "Z", "0", "9", "é", "\u{0301}", "\u{00A0}", "’", "«",
    "»", "(", ")", ",", ";", ":", "/", "<", ">", "👍", "\r\n", "\n", "\t", "ß", "ａ", "１",
    "a@b@c.de", ".cd", ".c", "c1", "a@-.xy", "a_b@c_d.ef", "x@y.z.ab", "x@y..ab", "%+@a.bc",
  ]

  private static func expectAgree(_ text: String) {
    #expect(
      EmailRuns.ranges(in: text) == ContactsOracle.email.matches(in: text).map(\.range),
      "\(text.debugDescription)")
  }

  @Test func findsWhatThePatternFindsOverTheWholeText() {
    var compared = 0
    for text in OracleCorpus.paragraphs + OracleCorpus.sentences(3_000, seed: 21) {
      Self.expectAgree(text)
      compared += 1
    }
    var random = SplitMix(state: 22)
    for _ in 0..<30_000 {
      Self.expectAgree(OracleCorpus.randomText(Self.pieces, &random, count: 30, choices: 8))
      compared += 1
    }
    var joined = ""
    for _ in 0..<2_000 {
      joined += OracleCorpus.randomText(Self.pieces, &random, count: 12, choices: 8)
    }
    Self.expectAgree(joined)
    #expect(compared > 30_000)
  }
}
