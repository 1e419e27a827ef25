import Foundation

/// Runs the built `communique` executable, as a user would, and captures what it prints.
public enum CommandRunner {
  /// What one run gave.
  public struct Output: Sendable {
    /// Standard output, decoded as UTF-8.
    public var stdout: String
    /// Standard error, decoded as UTF-8.
    public var stderr: String
    /// The exit status.
    public var status: Int32
  }

  /// The `communique` binary next to the test bundle (the test target depends on it, so
  /// `swift test` builds it first).
  public static var executable: URL {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return exe.deletingLastPathComponent().appendingPathComponent("communique")
  }

  /// Runs `communique` with `arguments` in `directory`, with `environment` added; output
  /// goes through temporary files so a large output cannot block the child. The library's
  /// index and the marks go to cache and state folders of this run alone unless `environment`
  /// names them (`XDG_CACHE_HOME`, `XDG_STATE_HOME`), so that tests leave nothing in the
  /// user's cache or state.
  public static func run(
    _ arguments: [String], in directory: URL = Fixtures.projectRoot,
    environment: [String: String] = [:]
  ) throws -> Output {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("communique-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env.removeValue(forKey: "COMMUNIQUE_LIBRARY")
    env["XDG_CACHE_HOME"] = scratch.appendingPathComponent("cache").path
    env["XDG_STATE_HOME"] = scratch.appendingPathComponent("state").path
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
      status: process.terminationStatus)
  }
}
