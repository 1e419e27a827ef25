import CommuniqueIndex
import CommuniqueTestSupport
import Foundation
import Testing

/// Incremental refresh: only new, changed and removed files cost anything.
struct RefreshTests {
  static let files = [
    "01-menu-hardwrap-weekday.txt", "05-communique-regional-date-selon.txt",
    "23-crlf-city-country-endash.txt",
  ]

  private func setUp() throws -> (TemporaryFolder, String, ReleaseIndex) {
    let temporary = try TemporaryFolder()
    let library = try temporary.library(from: Fixtures.folder, files: Self.files)
    let index = ReleaseIndex.open(folder: library, cacheFolder: temporary.file("cache"))
    let first = try index.refresh()
    #expect(first.added == 3)
    #expect(first.parsed.count == 3)
    return (temporary, library, index)
  }

  /// A second start (a new `ReleaseIndex` on the same cache).
  private func reopen(_ temporary: TemporaryFolder, _ library: String) -> ReleaseIndex {
    ReleaseIndex.open(folder: library, cacheFolder: temporary.file("cache"))
  }

  @Test func secondStartParsesNothingWhenNothingChanged() throws {
    let (temporary, library, _) = try setUp()
    let report = try reopen(temporary, library).refresh()
    #expect(report.parsed.isEmpty)
    #expect(report.releases == 3)
  }

  @Test func onlyTheChangedFileIsParsedAgain() throws {
    let (temporary, library, _) = try setUp()
    let path = (library as NSString).appendingPathComponent(Self.files[1])
    var text = try String(contentsOfFile: path, encoding: .utf8)
    let range = try #require(text.range(of: "migration", options: .backwards))
    text.replaceSubrange(range, with: "migration zyxwvut")
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let index = reopen(temporary, library)
    let report = try index.refresh()
    #expect(report.parsed == [path])
    #expect(report.changed == 1)
    #expect(try index.search("zyxwvut").total == 1)
  }

  @Test func aFileWithANewDateButTheSameContentIsNotParsed() throws {
    let (temporary, library, _) = try setUp()
    let path = (library as NSString).appendingPathComponent(Self.files[0])
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 3_600)], ofItemAtPath: path)
    let report = try reopen(temporary, library).refresh()
    #expect(report.parsed.isEmpty)
    #expect(report.redated == 1)
  }

  @Test func aRemovedFileLeavesTheIndexAndNothingIsParsed() throws {
    let (temporary, library, _) = try setUp()
    let title = try #require(try reopen(temporary, library).summaries().first?.title)
    try FileManager.default.removeItem(
      atPath: (library as NSString).appendingPathComponent(Self.files[0]))
    let index = reopen(temporary, library)
    let report = try index.refresh()
    #expect(report.parsed.isEmpty)
    #expect(report.removed == 1)
    #expect(report.releases == 2)
    #expect(try index.search("\"\(title)\"").total == 0)
  }

  @Test func anAddedFileIsTheOnlyOneParsed() throws {
    let (temporary, library, _) = try setUp()
    let added = (library as NSString).appendingPathComponent("000_269d928ce5d6a93b.txt")
    try FileManager.default.copyItem(
      atPath: Fixtures.content.appendingPathComponent("000_269d928ce5d6a93b.txt").path,
      toPath: added)
    let index = reopen(temporary, library)
    let report = try index.refresh()
    #expect(report.parsed == [added])
    #expect(report.added == 1)
    #expect(try index.search("prometeo").total == 1)
  }
}
