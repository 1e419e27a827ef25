import CommuniqueCore
import CommuniqueIndex
import CommuniqueTestSupport
import Foundation
import Testing

/// The index as the commands read it: one index per folder however it is named, and each half
/// of the directory gathered alone.
struct LibraryReadingTests {
  @Test func aFolderNamedTwoWaysIsOneIndexWithEachFileOnce() throws {
    let temporary = try TemporaryFolder()
    let library = try temporary.library(from: Fixtures.content)
    let cache = temporary.file("cache")
    _ = try ReleaseIndex.open(folder: library, cacheFolder: cache).refresh()
    let roundabout = library + "/../" + (library as NSString).lastPathComponent
    let again = ReleaseIndex.open(folder: roundabout, cacheFolder: cache)
    let report = try again.refresh()
    #expect(report.added == 0 && report.removed == 0)
    #expect(try again.summaries(limit: nil).count == 2)
    #expect(again.folder == library)
  }

  @Test func eachPartOfTheDirectoryIsTheWholeDirectorysOwn() throws {
    let temporary = try TemporaryFolder()
    let library = try temporary.library(from: Fixtures.folder)
    let index = ReleaseIndex.open(folder: library, cacheFolder: temporary.file("cache"))
    _ = try index.refresh()
    let whole = try index.directory()
    let partners = try index.directory(of: [.partners])
    let contacts = try index.directory(of: [.contacts])
    #expect(!whole.partners.isEmpty && !whole.contacts.isEmpty)
    #expect(partners.partners == whole.partners && partners.contacts.isEmpty)
    #expect(contacts.contacts == whole.contacts && contacts.partners.isEmpty)
  }
}
