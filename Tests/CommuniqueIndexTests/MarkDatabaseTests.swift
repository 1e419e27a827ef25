import CommuniqueCore
import CommuniqueIndex
import CommuniqueTestSupport
import Foundation
import Testing

/// The read and flagged marks on disk: kept, shared by two readers, never lost to a bad file.
struct MarkDatabaseTests {
  @Test func marksAreKeptBetweenOpenings() throws {
    let temporary = try TemporaryFolder()
    let state = temporary.file("state")
    let one = MarkDatabase.open(stateFolder: state)
    #expect(one.warnings.isEmpty)
    try one.set(.read, true, ids: ["a", "b"])
    try one.set(.flagged, true, ids: ["b"])
    try one.set(.read, false, ids: ["a"])
    let again = MarkDatabase.open(stateFolder: state)
    #expect(try again.marks() == ReleaseMarks(read: ["b"], flagged: ["b"]))
    #expect(again.path == StateLocation.marksDatabase(in: state))
  }

  @Test func twoReadersMarkingAtOnceLoseNoUpdate() async throws {
    let temporary = try TemporaryFolder()
    let state = temporary.file("state")
    let readers = [MarkDatabase.open(stateFolder: state), MarkDatabase.open(stateFolder: state)]
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (number, reader) in readers.enumerated() {
        group.addTask {
          for id in 0..<150 {
            try reader.set(.read, true, ids: ["\(number)-\(id)"])
            if id % 3 == 0 { try reader.set(.flagged, true, ids: ["\(number)-\(id)"]) }
          }
        }
      }
      try await group.waitForAll()
    }
    let marks = try MarkDatabase.open(stateFolder: state).marks()
    #expect(marks.read.count == 300)
    #expect(marks.flagged.count == 100)
  }

  @Test func aCorruptStateFileIsMovedAsideNeverEmptied() throws {
    let temporary = try TemporaryFolder()
    let state = temporary.file("state")
    try MarkDatabase.open(stateFolder: state).set(.read, true, ids: ["a"])
    let path = StateLocation.marksDatabase(in: state)
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let junk = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 * 7 + 1) })
    try junk.write(to: URL(fileURLWithPath: path))
    let marks = MarkDatabase.open(stateFolder: state)
    #expect(marks.warnings.count == 1)
    #expect(marks.warnings.first?.contains("corrompu, mis de côté") == true)
    #expect(try marks.marks() == ReleaseMarks())
    try marks.set(.flagged, true, ids: ["b"])
    let aside = try FileManager.default.contentsOfDirectory(atPath: state)
      .filter { $0.hasPrefix("marks.sqlite.corrompu-") && !$0.hasSuffix("-wal") }
    #expect(aside.count == 1)
    let kept = try Data(contentsOf: URL(fileURLWithPath: state + "/" + aside[0]))
    #expect(kept == junk)
  }

  @Test func anUnwritableStateFolderKeepsMarksForTheSessionWithOneWarning() throws {
    let temporary = try TemporaryFolder()
    let blocker = temporary.file("not-a-folder")
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let marks = MarkDatabase.open(stateFolder: (blocker as NSString).appendingPathComponent("s"))
    #expect(marks.path == nil)
    #expect(marks.warnings.count == 1)
    #expect(marks.warnings.first?.contains("dossier d’état impossible à écrire") == true)
    try marks.set(.read, true, ids: ["a"])
    #expect(try marks.marks().read == ["a"])
  }

  @Test func theStateLivesUnderXDGStateHomeApartFromTheCache() {
    #expect(
      StateLocation.folder(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/communique")
    #expect(StateLocation.folder(environment: ["HOME": "/h"]) == "/h/.local/state/communique")
    #expect(
      StateLocation.folder(environment: ["XDG_STATE_HOME": "", "HOME": "/h"])
        == "/h/.local/state/communique")
  }
}
