import Foundation

/// The built `communique` binary running on a temporary copy of `Content/` in tmux.
public final class ReaderHarness: @unchecked Sendable {
  /// The tmux session.
  public let session: TmuxSession
  /// The temporary library folder.
  public let library: URL
  /// How many `*.txt` files the library holds.
  public let fileCount: Int

  /// The `communique` executable next to the test bundle.
  public static var binary: String {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
    return URL(fileURLWithPath: exe).deletingLastPathComponent()
      .appendingPathComponent("communique").path
  }

  /// Copies `Content/` (unless `content` is false) plus `extraFiles` to a temporary folder and
  /// starts the reader on it (160 columns by default: the three panes): `communique browse FOLDER ARGUMENTS…`, or `communique` alone with
  /// the folder in `COMMUNIQUE_LIBRARY` when `bare` is true. `beforeStart` gets the library
  /// folder just before the program starts.
  public init(
    width: Int = 160, height: Int = 40, content: Bool = true, extraFiles: [String: [UInt8]] = [:],
    environment: [String: String] = [:], bare: Bool = false, arguments: [String] = [],
    beforeStart: (URL) throws -> Void = { _ in }
  ) throws {
    let manager = FileManager.default
    let library = manager.temporaryDirectory
      .appendingPathComponent("communique-e2e-\(UUID().uuidString.prefix(8))")
    self.library = library
    if content {
      try manager.copyItem(at: Fixtures.content, to: library)
    } else {
      try manager.createDirectory(at: library, withIntermediateDirectories: true)
    }
    for (name, bytes) in extraFiles {
      try Data(bytes).write(to: library.appendingPathComponent(name))
    }
    fileCount = try manager.contentsOfDirectory(atPath: library.path)
      .filter { $0.hasSuffix(".txt") }.count
    var environment = environment
    if environment["XDG_CACHE_HOME"] == nil {
      environment["XDG_CACHE_HOME"] = library.path + "-cache"
    }
    if environment["XDG_STATE_HOME"] == nil {
      environment["XDG_STATE_HOME"] = library.path + "-state"
    }
    if bare { environment["COMMUNIQUE_LIBRARY"] = library.path }
    try beforeStart(library)
    session = try TmuxSession(
      width: width, height: height,
      command: bare ? [Self.binary] : [Self.binary, "browse", library.path] + arguments,
      environment: environment)
  }

  deinit {
    session.kill()
    try? FileManager.default.removeItem(at: library)
    try? FileManager.default.removeItem(atPath: library.path + "-cache")
    try? FileManager.default.removeItem(atPath: library.path + "-state")
  }

  /// Waits for the reader's first frame (its list title counts the releases, then the unread
  /// ones when there are some).
  @discardableResult
  public func waitForFirstFrame() -> (screen: String, satisfied: Bool) {
    session.wait {
      $0.contains("Communiqués (\(fileCount))") || $0.contains("Communiqués (\(fileCount) · ")
    }
  }
}
