import CommuniqueTestSupport
import Foundation
import Synchronization
import Testing

/// `communique mark` and `list --unread|--flagged|--json`, on marks kept in the state folder.
@Suite struct MarkCommandTests {
  let seminar = "38131b8efd6c3e08"
  let workshop = "a0f2599ea541515b"

  /// Runs `communique` with the state (and the cache, when given) in these folders.
  private func run(_ arguments: [String], state: String, cache: String? = nil) throws
    -> CommandRunner.Output
  {
    var environment = ["XDG_STATE_HOME": state]
    if let cache { environment["XDG_CACHE_HOME"] = cache }
    return try CommandRunner.run(arguments, environment: environment)
  }

  private func ids(_ output: CommandRunner.Output) -> [String] {
    output.stdout.split(separator: "\n").map { String($0.prefix(16)) }
  }

  @Test func markThenListShowsWhatIsReadAndFlagged() throws {
    let folder = try TemporaryFolder()
    let state = folder.file("state")
    #expect(try run(["list", "--unread"], state: state).stdout.split(separator: "\n").count == 2)
    let marked = try run(["mark", "read", String(seminar.prefix(4))], state: state)
    #expect(marked.status == 0, "\(marked.stderr)")
    #expect(try ids(run(["list", "--unread"], state: state)) == [workshop])
    #expect(try run(["mark", "flag", workshop], state: state).status == 0)
    #expect(try ids(run(["list", "--flagged"], state: state)) == [workshop])
    #expect(try ids(run(["list", "--unread", "--flagged"], state: state)) == [workshop])
    #expect(try run(["mark", "unflag", workshop], state: state).status == 0)
    #expect(try run(["list", "--flagged"], state: state).stdout.isEmpty)
    #expect(try run(["mark", "unread", seminar], state: state).status == 0)
    #expect(try run(["list", "--unread"], state: state).stdout.split(separator: "\n").count == 2)
  }

  @Test func listJSONCarriesReadAndFlagged() throws {
    let folder = try TemporaryFolder()
    let state = folder.file("state")
    _ = try run(["mark", "read", seminar, workshop], state: state)
    _ = try run(["mark", "flag", workshop], state: state)
    let output = try run(["list", "--json"], state: state)
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    #expect(entries.map { $0["id"] as? String } == [seminar, workshop])
    #expect(entries.map { $0["read"] as? Bool } == [true, true])
    #expect(entries.map { $0["flagged"] as? Bool } == [false, true])
    #expect(entries[1]["place"] as? String == "Tripoli")
    #expect((entries[0]["path"] as? String)?.hasSuffix("000_269d928ce5d6a93b.txt") == true)
  }

  @Test func anUnknownOrAmbiguousIdSaysSoAndMarksNothing() throws {
    let folder = try TemporaryFolder()
    let state = folder.file("state")
    let unknown = try run(["mark", "read", "zzzz"], state: state)
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("aucun communiqué «\u{00A0}zzzz\u{00A0}»"))
    let none = try run(["mark", "flag"], state: state)
    #expect(none.status == 64)
    #expect(try run(["list", "--unread"], state: state).stdout.split(separator: "\n").count == 2)
  }

  @Test func deletingTheCacheKeepsTheMarks() throws {
    let folder = try TemporaryFolder()
    let state = folder.file("state")
    let cache = folder.file("cache")
    _ = try run(["mark", "flag", seminar], state: state, cache: cache)
    try FileManager.default.removeItem(atPath: cache)
    #expect(try ids(run(["list", "--flagged"], state: state, cache: cache)) == [seminar])
  }

  @Test func aCorruptStateFileIsMovedAsideWithOneWarning() throws {
    let folder = try TemporaryFolder()
    let state = folder.file("state")
    let marks = (state as NSString).appendingPathComponent("communique/marks.sqlite")
    try FileManager.default.createDirectory(
      atPath: (marks as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: marks))
    let output = try run(["list"], state: state)
    #expect(output.status == 0)
    #expect(output.stdout.split(separator: "\n").count == 2)
    let warnings = output.stderr.split(separator: "\n")
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("état de lecture corrompu, mis de côté") == true)
    let files = try FileManager.default.contentsOfDirectory(
      atPath: (marks as NSString).deletingLastPathComponent)
    #expect(files.contains { $0.hasPrefix("marks.sqlite.corrompu-") })
  }

  @Test func anUnwritableStateFolderWarnsOnceAndListStillWorks() throws {
    let folder = try TemporaryFolder()
    let blocker = folder.file("not-a-folder")
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let output = try run(["list", "--unread"], state: blocker)
    #expect(output.status == 0)
    #expect(output.stdout.split(separator: "\n").count == 2)
    #expect(output.stderr.split(separator: "\n").count == 1)
    #expect(output.stderr.contains("dossier d’état impossible à écrire"))
    let mark = try run(["mark", "read", seminar], state: blocker)
    #expect(mark.status == 1)
    #expect(mark.stderr.contains("marques non enregistrées"))
  }

  @Test func twoProcessesMarkingAtOnceLoseNoUpdate() throws {
    let folder = try TemporaryFolder()
    let state = folder.file("state")
    let cache = folder.file("cache")
    _ = try run(["list"], state: state, cache: cache)
    let changes = [
      ["read", seminar], ["flag", workshop], ["read", workshop], ["flag", seminar],
    ]
    let statuses = Mutex<[Int32]>([])
    DispatchQueue.concurrentPerform(iterations: changes.count) { number in
      let status = (try? run(["mark"] + changes[number], state: state, cache: cache))?.status
      statuses.withLock { $0.append(status ?? -1) }
    }
    #expect(statuses.withLock { $0 } == [0, 0, 0, 0])
    #expect(
      try ids(run(["list", "--flagged"], state: state, cache: cache)) == [seminar, workshop])
    #expect(try run(["list", "--unread"], state: state, cache: cache).stdout.isEmpty)
  }
}
