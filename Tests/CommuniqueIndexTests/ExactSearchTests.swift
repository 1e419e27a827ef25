import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import GRDB
import Testing

@testable import CommuniqueIndex

/// `ReleaseIndex.search` ranks every match by bm25: the same order and scores as SQLite's own
/// `bm25()` over all the matches, whatever their number and age.
struct ExactSearchTests {
  /// Queries of every kind: words found almost everywhere or rarely, prefixes, stems,
  /// phrases, field filters, exclusions.
  static let queries = [
    "migrants", "oim", "santé", "détention", "rapatriement", "m", "mi", "mig", "detent", "ra",
    "oeuvre", "l'OIM", "\"aide au retour volontaire\"", "\"alternatives à la détention\"",
    "org:OIM", "org:HCR", "org:UNICEF", "lieu:Tripoli", "lieu:Genève", "personne:Godeau",
    "migrants -santé", "oim -\"aide au retour\"", "migrants retour", "santé enfants",
    "-migrants", "introuvablemot",
  ]

  @Test func theExactRankingIsBM25OverEveryMatch() throws {
    let cache = try TemporaryFolder()
    let index = ReleaseIndex.open(folder: Fixtures.folder.path, cacheFolder: cache.path)
    _ = try index.refresh()
    var matched = 0
    for query in Self.queries {
      let results = try index.search(query, limit: 1_000)
      let expected = try Self.bruteForce(query, in: index)
      #expect(results.hits.map(\.path) == expected.map(\.path), "« \(query) »")
      #expect(results.hits.map(\.score) == expected.map(\.score), "« \(query) »")
      #expect(results.total == expected.count, "« \(query) »")
      #expect(results.isExact && !results.isTotalCapped)
      if expected.count > 2 { matched += 1 }
    }
    #expect(matched >= 12)
  }

  /// The best match is the oldest of more matches than a first pass ranks (500) or counts
  /// (2 000), and a newer release names the word in its title too: the exact ranking puts the
  /// best first and counts every match.
  @Test(arguments: [600, 2_100])
  func theBestMatchComesFirstHoweverOld(others: Int) throws {
    let best = (
      title: "Migrants : les migrants, encore les migrants", body: "Des migrants à Dakar."
    )
    let reports = (1...others).map { number in
      (
        title: "Rapport numéro \(number) sur la santé",
        body: "Le rapport \(number) parle de la santé des migrants et des enfants."
      )
    }
    let newest = (
      title: "Un séminaire pour les migrants",
      body: "Un long séminaire a réuni les partenaires, les autorités, les associations et les "
        + "bailleurs pour parler de santé, de formation, de retour et de réintégration."
    )
    let index = try Self.index(of: [best] + reports + [newest])
    let results = try index.search("migrants", limit: 5)
    #expect(results.hits.first?.path == Self.path(0))
    #expect(results.total == others + 2)
    #expect(!results.isTotalCapped)
    let expected = try Self.bruteForce("migrants", in: index).prefix(5)
    #expect(results.hits.map(\.path) == expected.map(\.path))
    #expect(results.hits.map(\.score) == expected.map(\.score))
    let firstPass = try index.firstPassSearch("migrants", limit: 5)
    #expect(!firstPass.isExact)
    #expect(firstPass.hits.first?.path != Self.path(0))
  }

  /// An index of these releases written straight into its tables, as `IndexedText` indexes a
  /// title and a body, without files to parse; the rowids follow the order given.
  static func index(of releases: [(title: String, body: String)]) throws -> ReleaseIndex {
    let index = ReleaseIndex.inMemory(folder: "/bibliotheque")
    let stemmer = FrenchStemmer()
    let indexed = { (text: String) in
      IndexedText.expand(words: SearchTokenizer.words(text), stemmer: stemmer)
        .joined(separator: " ")
    }
    try index.writer.write { db in
      for (number, release) in releases.enumerated() {
        try db.execute(
          sql: "INSERT INTO file(path, size, modified, hash) VALUES (?, 0, 0, '')",
          arguments: [path(number)])
        try db.execute(
          sql: """
            INSERT INTO release(rowid, path, releaseID, title, json, text) \
            VALUES (?, ?, ?, ?, x'', ?)
            """,
          arguments: [number + 1, path(number), "id\(number)", release.title, release.body])
        try db.execute(
          sql: """
            INSERT INTO \(IndexSchema.fullTextTable) \
            (rowid, title, organisations, people, place, quotes, body) \
            VALUES (?, ?, '', '', '', '', ?)
            """, arguments: [number + 1, indexed(release.title), indexed(release.body)])
      }
    }
    return index
  }

  /// The path of the release at `number` in `index(of:)`.
  static func path(_ number: Int) -> String { "/bibliotheque/\(number).txt" }

  @Test func rowSizesFollowChangesToTheLibrary() throws {
    let temporary = try TemporaryFolder()
    let library = try temporary.library(from: Fixtures.content)
    let index = ReleaseIndex.open(folder: library, cacheFolder: temporary.file("cache"))
    _ = try index.refresh()
    _ = try index.search("migrants")
    let file = (library as NSString).appendingPathComponent(SearchAcceptanceTests.workshop)
    let longer =
      try String(contentsOfFile: file, encoding: .utf8)
      + "\nLes migrants et les migrants, encore les migrants, toujours les migrants.\n"
    try Data(longer.utf8).write(to: URL(fileURLWithPath: file))
    try Data("Migrants\n\nDakar - Lundi, les migrants.\n".utf8).write(
      to: URL(fileURLWithPath: (library as NSString).appendingPathComponent("002_court.txt")))
    _ = try index.refresh()
    let results = try index.search("migrants", limit: 10)
    let expected = try Self.bruteForce("migrants", in: index)
    #expect(results.hits.count == 3)
    #expect(results.hits.map(\.path) == expected.map(\.path))
    #expect(results.hits.map(\.score) == expected.map(\.score))
  }

  @Test func theFirstPassIsExactWhenFewReleasesMatch() throws {
    let cache = try TemporaryFolder()
    let index = ReleaseIndex.open(folder: Fixtures.folder.path, cacheFolder: cache.path)
    _ = try index.refresh()
    for query in ["migrants", "org:OIM", "detent"] {
      let firstPass = try index.firstPassSearch(query, limit: 1_000)
      let exact = try index.search(query, limit: 1_000)
      #expect(firstPass.isExact)
      #expect(firstPass.hits.map(\.path) == exact.hits.map(\.path))
    }
  }

  /// Every release matching `query`, ranked by SQLite's `bm25()` with the columns' weights,
  /// ties to the newest.
  static func bruteForce(_ query: String, in index: ReleaseIndex) throws
    -> [(path: String, score: Double)]
  {
    let weights = IndexedText.columns.map { "\($0.weight)" }.joined(separator: ", ")
    let table = IndexSchema.fullTextTable
    return try index.writer.read { db in
      let expression = try SearchQuery(query).matchExpression(stemmer: FrenchStemmer()) {
        try Vocabulary.expansions(of: $0, in: db)
      }
      guard let expression else { return [] }
      return try Row.fetchAll(
        db,
        sql: """
          SELECT release.path AS path, bm25(\(table), \(weights)) AS score FROM \(table) \
          JOIN release ON release.rowid = \(table).rowid \
          WHERE \(table) MATCH ? ORDER BY score, \(table).rowid DESC
          """, arguments: [expression]
      ).map { ($0["path"], $0["score"]) }
    }
  }
}
