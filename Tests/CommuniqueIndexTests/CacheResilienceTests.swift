import CommuniqueIndex
import CommuniqueTestSupport
import Foundation
import Testing

/// A damaged or unwritable cache never stops the reader; two readers share one cache.
struct CacheResilienceTests {
  @Test func aCorruptCacheIsMovedAsideAndRebuilt() throws {
    let temporary = try TemporaryFolder()
    let cache = temporary.file("cache")
    let first = ReleaseIndex.open(folder: Fixtures.content.path, cacheFolder: cache)
    _ = try first.refresh()
    let path = try #require(first.databasePath)
    var random = SystemRandomNumberGenerator()
    let junk = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &random) }
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    try Data(junk).write(to: URL(fileURLWithPath: path))
    let index = ReleaseIndex.open(folder: Fixtures.content.path, cacheFolder: cache)
    #expect(index.warnings.count == 1)
    #expect(index.warnings.first?.contains("corrompu") == true)
    #expect(index.databasePath == path)
    _ = try index.refresh()
    #expect(try index.search("prometeo").total == 1)
    let aside = try FileManager.default.contentsOfDirectory(atPath: cache)
    #expect(aside.contains { $0.contains(".corrompu-") })
  }

  @Test func anUnwritableCacheFolderGivesAnIndexInMemory() throws {
    let temporary = try TemporaryFolder()
    let blocker = temporary.file("not-a-folder")
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let index = ReleaseIndex.open(
      folder: Fixtures.content.path, cacheFolder: (blocker as NSString).appendingPathComponent("c"))
    #expect(index.databasePath == nil)
    #expect(index.warnings.first?.contains("en mémoire") == true)
    _ = try index.refresh()
    #expect(try index.search("détention").total == 2)
  }

  @Test func twoReadersOnOneLibraryBothWork() throws {
    let temporary = try TemporaryFolder()
    let cache = temporary.file("cache")
    let one = ReleaseIndex.open(folder: Fixtures.content.path, cacheFolder: cache)
    let two = ReleaseIndex.open(folder: Fixtures.content.path, cacheFolder: cache)
    let reports = try [one, two].map { index in
      try index.refresh()
    }
    #expect(reports.map(\.releases) == [2, 2])
    #expect(try one.search("détention").total == 2)
    #expect(try two.search("prometeo").total == 1)
  }

  @Test func theCacheLivesUnderXDGCacheHome() {
    let folder = CacheLocation.folder(environment: ["XDG_CACHE_HOME": "/tmp/x", "HOME": "/h"])
    #expect(folder == "/tmp/x/communique")
    #expect(CacheLocation.folder(environment: ["HOME": "/h"]) == "/h/.cache/communique")
    let one = CacheLocation.database(for: "/a/Content", in: folder)
    let two = CacheLocation.database(for: "/b/Content", in: folder)
    #expect(one != two)
    #expect(one.hasPrefix("/tmp/x/communique/Content-"))
  }
}
