import CommuniqueTestSupport
import Foundation
import Testing

/// Killing the program with SIGKILL in the middle of indexing, then starting again, gives a
/// complete and consistent index: SQLite's transactions leave either a batch or nothing.
@Suite struct InterruptedIndexingTests {
  @Test func sigkillDuringIndexingThenARestartGivesACompleteIndex() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("communique-kill-\(UUID().uuidString)")
    let cache = folder.path + "-cache"
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let count = 600
    let body = String(
      repeating: "L’OIM et le HCR ont aidé des migrants à Tripoli, déclare Jean Dupont. ", count: 20
    )
    for number in 1...count {
      let text = "Communiqué numéro \(number)\nTripoli - Hier, marqueur \(number). \(body)\n"
      try Data(text.utf8).write(to: folder.appendingPathComponent("r\(number).txt"))
    }

    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["index", folder.path]
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_CACHE_HOME"] = cache
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    usleep(800_000)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "l’indexation a fini avant d’être tuée")

    let again = try CommandRunner.run(
      ["index", folder.path], environment: ["XDG_CACHE_HOME": cache])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.hasPrefix("\(count) communiqués indexés"), "\(again.stdout)")
    let search = try CommandRunner.run(
      ["search", "marqueur", "--library", folder.path, "--json", "--limit", "1"],
      environment: ["XDG_CACHE_HOME": cache])
    let results = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any]
    #expect(results?["total"] as? Int == count)
  }
}
