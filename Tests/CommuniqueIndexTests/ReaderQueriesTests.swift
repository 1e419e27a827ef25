import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import GRDB
import Testing

@testable import CommuniqueIndex

/// What the reader asks of the index: the summaries it lists, one release at a time, and the
/// library's directory — none of them decoding every release.
struct ReaderQueriesTests {
  private func index(of source: URL, files: [String]? = nil) throws
    -> (TemporaryFolder, String, ReleaseIndex)
  {
    let temporary = try TemporaryFolder()
    let library = try temporary.library(from: source, files: files)
    let index = ReleaseIndex.open(folder: library, cacheFolder: temporary.file("cache"))
    _ = try index.refresh()
    return (temporary, library, index)
  }

  @Test func summariesListEveryReleaseInFileOrderFromTheSummaryIndexAlone() throws {
    let (temporary, _, index) = try index(of: Fixtures.folder, files: RefreshTests.files)
    defer { withExtendedLifetime(temporary) {} }
    let summaries = try index.summaries()
    #expect(summaries.count == 3)
    let releases = try summaries.map { try #require(try index.release(id: $0.id)) }
    #expect(releases.map(ReleaseSummary.init) == summaries)
    #expect(releases.map { ($0.sourcePath as NSString).lastPathComponent } == RefreshTests.files)
    #expect(summaries.contains { $0.place != nil })
    let plan = try index.writer.read { db in
      try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN SELECT releaseID, title, place FROM release ORDER BY path"
      ).map { $0["detail"] as String }
    }
    #expect(plan == ["SCAN release USING COVERING INDEX \(IndexSchema.summaryIndex)"])
  }

  @Test func aFirstPageIsTheFirstSummariesInFileOrder() throws {
    let (temporary, _, index) = try index(of: Fixtures.folder, files: RefreshTests.files)
    defer { withExtendedLifetime(temporary) {} }
    let all = try index.summaries()
    #expect(try index.summaries(limit: 2) == Array(all.prefix(2)))
    #expect(try index.summaries(limit: 10) == all)
  }

  @Test func anUnknownIDGivesNoRelease() throws {
    let (temporary, _, index) = try index(of: Fixtures.content)
    defer { withExtendedLifetime(temporary) {} }
    #expect(try index.release(id: "0123456789abcdef") == nil)
    #expect(try index.summaries().count == 2)
  }

  @Test func theDirectoryFromTheIndexIsTheDirectoryOfItsReleases() throws {
    let source = Fixtures.folder.appendingPathComponent("directory")
    let (temporary, _, index) = try index(of: source)
    defer { withExtendedLifetime(temporary) {} }
    let releases = try index.summaries().compactMap { try index.release(id: $0.id) }
    let directory = try index.directory()
    #expect(releases.count == 3)
    #expect(directory == LibraryDirectory(releases: releases))
    #expect(directory.partners.map(\.acronym) == ["IDC", "HCR", "OIM"])
    #expect(directory.partners.map(\.count) == [3, 3, 3])
    #expect(directory.contacts.map(\.name) == ["Laurence Hart", "Maya Abu Ata", "Hana Ali"])
  }

  @Test func eachMentionIsStoredOnceAndLeavesWithTheLastReleaseNamingIt() throws {
    let source = Fixtures.folder.appendingPathComponent("directory")
    let (temporary, library, index) = try index(of: source)
    defer { withExtendedLifetime(temporary) {} }
    let count = { (sql: String) in try index.writer.read { db in try Int.fetchOne(db, sql: sql) } }
    let stored = try count("SELECT count(*) FROM mention")
    let named = try count("SELECT count(*) FROM releaseMention")
    #expect(try #require(stored) < #require(named))
    let removed = (library as NSString).appendingPathComponent("02-unhcr-english-idc.txt")
    try FileManager.default.removeItem(atPath: removed)
    _ = try index.refresh()
    #expect(try index.directory().partners.first { $0.acronym == "HCR" }?.count == 2)
    #expect(try #require(try count("SELECT count(*) FROM mention")) < #require(stored))
    let unused = "SELECT count(*) FROM mention WHERE id NOT IN (SELECT mention FROM releaseMention)"
    #expect(try count(unused) == 0)
    let orphans = "SELECT count(*) FROM releaseMention WHERE release NOT IN "
    #expect(try count(orphans + "(SELECT rowid FROM release)") == 0)
  }

  @Test func aCacheFromBeforeSummariesGetsItsPlacesAndMentionsWhenOpened() throws {
    let temporary = try TemporaryFolder()
    let name = "03-country-menu-niamey-inline-contact.txt"
    let library = try temporary.library(from: Fixtures.folder, files: [name])
    let path = (library as NSString).appendingPathComponent(name)
    let release = ReleaseParser.parse(
      bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), sourcePath: path)
    let cache = temporary.file("cache")
    try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
    let old = try DatabaseQueue(path: CacheLocation.database(for: library, in: cache))
    try IndexSchema.migrator.migrate(old, upTo: "v3: vocabulary for prefix expansion")
    try old.write { db in
      try db.execute(
        sql: "INSERT INTO file(path, size, modified, hash) VALUES (?, 1, 1, ?)",
        arguments: [path, release.id])
      try db.execute(
        sql: "INSERT INTO release(path, releaseID, title, json, text) VALUES (?, ?, ?, ?, '')",
        arguments: [path, release.id, release.fullTitle, try JSONEncoder().encode(release)])
    }
    try old.close()
    let index = ReleaseIndex.open(folder: library, cacheFolder: cache)
    #expect(index.warnings.isEmpty)
    let summaries = try index.summaries()
    #expect(
      summaries.map(\.title) == ["Plus de 600 migrants bloqués à Assamaka regagnent leur pays"])
    #expect(summaries.map(\.place) == ["Niamey"])
    let directory = try index.directory()
    #expect(directory.contacts.map(\.name) == ["Abdoulaye Moussa Hamani"])
    #expect(directory.contacts.first?.emails == ["amhamani@iom.int"])
    let acronyms = Set(directory.partners.compactMap(\.acronym))
    #expect(acronyms.isSuperset(of: ["OIM", "UNICEF", "HCR", "UE"]))
  }
}
