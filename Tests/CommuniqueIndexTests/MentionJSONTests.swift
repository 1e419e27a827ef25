import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueIndex

/// The mentions' hand-written JSON is, byte for byte, what `JSONEncoder` with sorted keys
/// wrote before (mentions are told apart by their text, so a cache written by either must
/// find the same rows): on random organisations and contacts whose strings hold every ASCII
/// character, slashes, quotes and characters beyond the BMP, and on the fixtures.
@Suite struct MentionJSONTests {
  /// What `JSONEncoder` stored for an organisation.
  private struct OrganisationShape: Codable {
    var name: String
    var acronym: String?
    var aliases: [String]
  }

  /// The JSON of `release`'s mentions as `JSONEncoder` writes it.
  private func encoderJSON(_ release: Release) throws -> [Data] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let organisations = try release.organisations.map {
      try encoder.encode(OrganisationShape(name: $0.name, acronym: $0.acronym, aliases: $0.aliases))
    }
    return organisations + (try release.contacts.map { try encoder.encode($0) })
  }

  @Test func randomMentions() throws {
    let pieces =
      (0..<0x80).map { String(Unicode.Scalar($0)!) } + [
        "é", "’", "«\u{A0}", "/", "\\/", "\"", "\u{7F}", "\u{80}", "\u{2028}", "🌍", "OIM",
        "e\u{301}",
      ]
    var generator = SplitMix(state: 42)
    func text() -> String {
      (0..<Int.random(in: 0...6, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
    }
    func maybe() -> String? { Bool.random(using: &generator) ? text() : nil }
    for _ in 0..<3_000 {
      let release = Release(
        id: "i", sourcePath: "p", title: "t",
        organisations: (0..<Int.random(in: 0...3, using: &generator)).map { _ in
          Organisation(
            name: text(), acronym: maybe(),
            aliases: (0..<Int.random(in: 0...2, using: &generator)).map { _ in text() },
            mentions: Int.random(in: 1...9, using: &generator))
        },
        contacts: (0..<Int.random(in: 0...3, using: &generator)).map { _ in
          Contact(
            name: text(), office: maybe(),
            phones: (0..<Int.random(in: 0...2, using: &generator)).map { _ in
              Phone(raw: text(), e164: maybe(), label: maybe())
            },
            emails: (0..<Int.random(in: 0...2, using: &generator)).map { _ in text() })
        })
      #expect(MentionRecord.encoded(release).map(\.json) == (try encoderJSON(release)))
    }
  }

  @Test func fixtures() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var mentions = 0
    for name in names {
      let release = ReleaseParser.parse(bytes: try Fixtures.bytes(name), sourcePath: name)
      let encoded = MentionRecord.encoded(release)
      #expect(encoded.map(\.json) == (try encoderJSON(release)), "\(name)")
      mentions += encoded.count
    }
    #expect(mentions > 100)
  }
}
