import CommuniqueCore
import CommuniqueIndex
import CommuniqueTestSupport
import Foundation
import Testing

/// The queries of issue 4's acceptance, on the two seed releases and on the fixtures.
struct SearchAcceptanceTests {
  /// The seeds: 000 is the Prometeo seminar in Tripoli, 001 the IDC workshop on detention.
  static let prometeo = "000_269d928ce5d6a93b.txt"
  static let workshop = "001_23d4a6d882691ca0.txt"

  static let cases: [(query: String, files: [String])] = [
    ("détention", [workshop, prometeo]),
    ("DETENTION", [workshop, prometeo]),
    ("detent", [workshop, prometeo]),
    ("rapatriement", [prometeo]),
    ("\"alternatives à la détention\"", [workshop]),
    ("org:IDC", [workshop]),
    ("lieu:Tripoli", [workshop]),
    ("migrants -Prometeo", [workshop]),
    ("prometeo", [prometeo]),
    ("l'OIM atelier", [workshop]),
    ("\"l’OIM organise\"", [workshop]),
    ("organise", [workshop, prometeo]),
    ("personne:Godeau", [prometeo]),
    ("-Prometeo", []),
    ("introuvablemot", []),
  ]

  @Test(arguments: cases)
  func seedQuery(_ query: String, files: [String]) throws {
    let cache = try TemporaryFolder()
    let index = ReleaseIndex.open(folder: Fixtures.content.path, cacheFolder: cache.path)
    _ = try index.refresh()
    let results = try index.search(query)
    #expect(results.hits.map { ($0.path as NSString).lastPathComponent } == files)
    #expect(results.total == files.count)
  }

  @Test func oeuvreFindsTheFixturesWithTheLigature() throws {
    let cache = try TemporaryFolder()
    let index = ReleaseIndex.open(folder: Fixtures.folder.path, cacheFolder: cache.path)
    _ = try index.refresh()
    let word = try Regex(#"(^|[^\p{L}\p{N}])(œ|oe)uvre"#).ignoresCase()
    let releases = try index.summaries().compactMap { try index.release(id: $0.id) }
    let expected = releases.filter { release in
      ([release.fullTitle] + release.paragraphs.map(\.text)).contains { $0.contains(word) }
    }.map(\.id)
    let found = try index.search("oeuvre", limit: 100).hits.map(\.releaseID)
    #expect(Set(found) == Set(expected))
    #expect(found.count == expected.count)
    #expect(try index.search("main-d'oeuvre").total >= 1)
    #expect(
      found.contains { id in
        releases.first { $0.id == id }?.sourcePath.hasSuffix(
          "05-communique-regional-date-selon.txt") == true
      })
  }

  @Test func titleMatchesRankAboveBodyMatches() throws {
    let cache = try TemporaryFolder()
    let index = ReleaseIndex.open(folder: Fixtures.content.path, cacheFolder: cache.path)
    _ = try index.refresh()
    let hits = try index.search("séminaire").hits
    #expect(hits.first.map { ($0.path as NSString).lastPathComponent } == Self.prometeo)
  }

  @Test func snippetShowsTheTextAroundTheMatch() throws {
    let cache = try TemporaryFolder()
    let index = ReleaseIndex.open(folder: Fixtures.content.path, cacheFolder: cache.path)
    _ = try index.refresh()
    let hit = try #require(try index.search("rapatriement").hits.first)
    #expect(hit.snippet.contains("rapatriement forcé"))
  }
}
