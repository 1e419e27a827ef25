import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueIndex

/// The JSON of releases and mentions written into `JSONBytes`' own memory, strings scanned
/// eight bytes at a time, is byte for byte what the array-backed writer gave
/// (`StoredJSONOracle`): on random releases whose strings hold every ASCII byte (each escape at
/// every place of an eight-byte word), slashes, quotes and characters beyond the BMP, with
/// integers of every size and sign, and on the fixtures and samples.
@Suite struct StoredJSONOracleTests {
  private static let pieces =
    (0..<0x80).map { String(Unicode.Scalar($0)!) } + [
      "é", "’", "«\u{A0}", "/", "\\/", "\"", "\u{7F}", "\u{80}", "\u{2028}", "🌍", "OIM",
      "e\u{301}", "migrations", "Organisation internationale", "\u{1}\u{1F}",
    ]

  /// Whether the new JSON of `release` and of its mentions is the oracle's.
  private func agree(_ release: Release) -> Bool {
    ReleaseJSON.encode(release) == StoredJSONOracle.encode(release)
      && MentionRecord.encoded(release).map(\.json)
        == StoredJSONOracle.encoded(release).map(\.json)
      && MentionRecord.encoded(release).map(\.kind)
        == StoredJSONOracle.encoded(release).map(\.kind)
  }

  @Test func randomReleases() {
    var generator = SplitMix(state: 20_261_204)
    func text() -> String {
      (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        Self.pieces.randomElement(using: &generator)!
      }.joined()
    }
    func maybe() -> String? { Bool.random(using: &generator) ? text() : nil }
    func integer() -> Int {
      switch Int.random(in: 0..<4, using: &generator) {
      case 0: Int.random(in: -12...12, using: &generator)
      case 1: Int.random(in: -100_000...100_000, using: &generator)
      case 2:
        [Int.max, Int.min, Int.max - 1, Int.min + 1, 9, 10, 99, 100, -10].randomElement(
          using: &generator)!
      default: Int.random(in: Int.min...Int.max, using: &generator)
      }
    }
    func some<T>(_ most: Int, _ make: () -> T) -> [T] {
      (0..<Int.random(in: 0...most, using: &generator)).map { _ in make() }
    }
    var compared = 0
    for _ in 0..<5_000 {
      let release = Release(
        id: text(), sourcePath: text(), kind: Bool.random(using: &generator) ? .news : .speech,
        title: text(), subtitle: maybe(),
        dateline: Bool.random(using: &generator)
          ? Dateline(place: text(), when: maybe(), note: maybe(), raw: text()) : nil,
        speakerLine: maybe(),
        paragraphs: some(3) {
          Paragraph(
            text: text(),
            spans: some(3) {
              Span(
                kind: SpanKind.allCases.randomElement(using: &generator)!, start: integer(),
                length: integer())
            })
        },
        quotes: some(2) {
          Quote(
            text: text(), speaker: maybe(), role: maybe(), paragraph: integer(),
            paragraphEnd: integer())
        },
        organisations: some(3) {
          Organisation(
            name: text(), acronym: maybe(), aliases: some(2) { text() }, mentions: integer())
        },
        people: some(2) { Person(name: text(), role: maybe()) },
        contacts: some(2) {
          Contact(
            name: text(), office: maybe(),
            phones: some(2) { Phone(raw: text(), e164: maybe(), label: maybe()) },
            emails: some(2) { text() })
        },
        warnings: some(2) {
          ParseWarning(line: Bool.random(using: &generator) ? integer() : nil, message: text())
        })
      #expect(agree(release))
      compared += 1
    }
    #expect(compared == 5_000)
  }

  @Test func fixturesAndSamples() throws {
    var releases = [SampleReleases.seminar, SampleReleases.workshop, SampleReleases.wide]
    for folder in [Fixtures.folder, Fixtures.content] {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      for name in names where name.hasSuffix(".txt") {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        releases.append(ReleaseParser.parse(bytes: bytes, sourcePath: folder.path + "/" + name))
      }
    }
    #expect(releases.count > 50)
    for release in releases { #expect(agree(release)) }
  }
}
