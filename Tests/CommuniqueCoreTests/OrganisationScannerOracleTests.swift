import CommuniqueTestSupport
import Foundation
import Testing

@testable import CommuniqueCore

/// The organisation stage's hand-written scanners against the regular expressions they
/// replace (`OrganisationPatternOracle`): the same matches, ranges and groups, in the same
/// order, on every paragraph and line of the fixtures and sample releases, on thousands of
/// random texts made of the lexicons' words, and on the folders named in
/// `COMMUNIQUE_ORACLE_FOLDERS` (separated by `:`, e.g. generated releases).
@Suite struct OrganisationScannerOracleTests {
  /// One scanner and its oracle, by name.
  private struct Pair: Sendable {
    let name: String
    let scanner: @Sendable (String) -> [Pattern.Match]
    let oracle: @Sendable (String) -> [Pattern.Match]
  }

  private static let pairs = [
    Pair(
      name: "institution", scanner: bodies(2),
      oracle: OrganisationPatternOracle.institution.matches(in:)),
    Pair(
      name: "nationalBody", scanner: bodies(3),
      oracle: OrganisationPatternOracle.nationalBody.matches(in:)),
    Pair(
      name: "bareBody", scanner: bodies(4),
      oracle: OrganisationPatternOracle.bareBody.matches(in:)),
    Pair(
      name: "guillemetBody", scanner: bodies(0),
      oracle: OrganisationPatternOracle.guillemetBody.matches(in:)),
    Pair(
      name: "cluster", scanner: bodies(1),
      oracle: OrganisationPatternOracle.cluster.matches(in:)),
    Pair(
      name: "parenthesis", scanner: OrganisationExtractor.parenthesis.matches(in:),
      oracle: OrganisationPatternOracle.parenthesis.matches(in:)),
  ]

  /// The matches of the body scanner `index` of `OrganisationExtractor.bodyScanners`, read
  /// in their one walk.
  private static func bodies(_ index: Int) -> @Sendable (String) -> [Pattern.Match] {
    { text in
      OrganisationExtractor.bodyScanners.ranges(in: text)[index].map {
        Pattern.Match(range: text.range(ofUTF8: $0), groups: [])
      }
    }
  }

  /// The matches as UTF-8 offsets, to compare and to print.
  private static func offsets(_ matches: [Pattern.Match], in text: String) -> [[Int?]] {
    let bytes = text.utf8
    func offset(_ index: String.Index) -> Int { bytes.distance(from: bytes.startIndex, to: index) }
    return matches.map { match in
      [offset(match.range.lowerBound), offset(match.range.upperBound)]
        + match.groups.flatMap { group in
          [group.map { offset($0.lowerBound) }, group.map { offset($0.upperBound) }]
        }
    }
  }

  /// Compares every pair on `texts`; returns how many comparisons were made and how many
  /// matches each pattern found.
  @discardableResult
  private static func compare(_ texts: [String], _ source: String) -> (
    comparisons: Int, matches: [String: Int]
  ) {
    var comparisons = 0
    var matches: [String: Int] = [:]
    for text in texts {
      for pair in pairs {
        let found = offsets(pair.scanner(text), in: text)
        let expected = offsets(pair.oracle(text), in: text)
        #expect(
          found == expected,
          "\(pair.name) in \(source): \(found) instead of \(expected) in \(text.debugDescription)")
        comparisons += 1
        matches[pair.name, default: 0] += expected.count
      }
    }
    return (comparisons, matches)
  }

  /// The texts of a release file: its parsed paragraphs and title, each line, the whole text.
  private static func texts(ofFile url: URL) throws -> [String] {
    let bytes = [UInt8](try Data(contentsOf: url))
    let release = ReleaseParser.parse(bytes: bytes, sourcePath: url.lastPathComponent)
    let text = TextDecoder.decode(bytes).text
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    return [release.fullTitle, text] + release.paragraphs.map(\.text) + lines
  }

  private static func releaseFiles(in folder: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "txt" && !$0.lastPathComponent.hasPrefix(".") }
      .sorted { $0.path < $1.path }
  }

  @Test func theScannersMatchTheOracleOnTheFixturesAndSamples() throws {
    var comparisons = 0
    for folder in [Fixtures.folder, Fixtures.content] {
      for file in try Self.releaseFiles(in: folder) {
        comparisons +=
          Self.compare(try Self.texts(ofFile: file), file.lastPathComponent)
          .comparisons
      }
    }
    #expect(comparisons > 1_000)
  }

  @Test func theScannersMatchTheOracleOnTheFoldersNamedInTheEnvironment() throws {
    let folders = ProcessInfo.processInfo.environment["COMMUNIQUE_ORACLE_FOLDERS"] ?? ""
    for folder in folders.split(separator: ":") {
      for file in try Self.releaseFiles(in: URL(fileURLWithPath: String(folder))) {
        Self.compare(try Self.texts(ofFile: file), file.path)
      }
    }
  }

  @Test(arguments: 0..<8)
  func theScannersMatchTheOracleOnRandomTexts(seed: Int) {
    var random = SplitMix(state: UInt64(seed) &* 0x5851_F42D_4C95_7F2D &+ 11)
    let texts = (0..<2_500).map { _ in OracleTextGenerator.text(using: &random) }
    let (comparisons, matches) = Self.compare(texts, "seed \(seed)")
    #expect(comparisons == 2_500 * Self.pairs.count)
    // The texts give every pattern matches to compare.
    for pair in Self.pairs { #expect(matches[pair.name, default: 0] >= 50, "\(pair.name)") }
  }

  @Test func theComparisonCanFail() {
    // A scanner that ends its matches one byte early is told apart from its oracle.
    let text = "Le Ministère des affaires sociales et la police."
    let oracle = Self.offsets(OrganisationPatternOracle.institution.matches(in: text), in: text)
    let scanner = Self.offsets(Self.bodies(2)(text), in: text)
    #expect(scanner == oracle)
    #expect(scanner == [[3, 35]])
    #expect(scanner.map { [$0[0], $0[1].map { $0 - 1 }] } != oracle)
  }
}
