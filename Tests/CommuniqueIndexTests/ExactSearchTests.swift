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
    let temporary = try TemporaryFolder()
    let library = temporary.file("library")
    try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
    let write = { (name: String, text: String) in
      try Data(text.utf8).write(
        to: URL(fileURLWithPath: (library as NSString).appendingPathComponent(name)))
    }
    try write(
      "0000_best.txt",
      "Migrants : les migrants, encore les migrants\n\nDakar - Lundi, des migrants.\n")
    let index = ReleaseIndex.open(folder: library, cacheFolder: temporary.file("cache"))
    _ = try index.refresh()
    for number in 1...others {
      try write(
        String(format: "%04d_rapport.txt", number),
        "Rapport numéro \(number) sur la santé\n\nGenève - Lundi, le rapport \(number) parle "
          + "de la santé des migrants et des enfants.\n")
    }
    try write(
      "9999_newest.txt",
      "Un séminaire pour les migrants\n\nTripoli - Mardi, un long séminaire a réuni les "
        + "partenaires, les autorités, les associations et les bailleurs pour parler de "
        + "santé, de formation, de retour volontaire et de réintégration.\n")
    _ = try index.refresh()
    let results = try index.search("migrants", limit: 5)
    #expect(results.hits.first.map { ($0.path as NSString).lastPathComponent } == "0000_best.txt")
    #expect(results.total == others + 2)
    #expect(!results.isTotalCapped)
    let expected = try Self.bruteForce("migrants", in: index).prefix(5)
    #expect(results.hits.map(\.path) == expected.map(\.path))
    #expect(results.hits.map(\.score) == expected.map(\.score))
    let firstPass = try index.firstPassSearch("migrants", limit: 5)
    #expect(!firstPass.isExact)
  }

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
