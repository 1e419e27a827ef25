import Foundation

/// A private tmux server running one program, for end-to-end tests of the reader.
///
/// Each session has its own socket, so tests run side by side and never touch a user's tmux.
/// The program runs under `sh`, which prints `communique-exit=<status>` when it ends and then
/// stays open as an interactive shell, so tests can check the terminal is usable afterwards. Like
/// an interactive shell, the wrapper survives Ctrl-C while the program runs.
public final class TmuxSession: @unchecked Sendable {
  /// The tmux executable, when installed.
  public static let tmux: String? = Spawn.which("tmux")

  /// Whether end-to-end tests can run.
  public static var isAvailable: Bool { tmux != nil }

  /// The socket of this session's server.
  public let socket: String
  private let tmux: String

  /// Starts `command` in a detached session of `width`×`height` with UTF-8 and a 256-colour
  /// TERM, plus `environment`.
  public init(
    width: Int, height: Int, command: [String], environment: [String: String] = [:]
  ) throws {
    guard let tmux = Self.tmux else { throw TmuxError.notInstalled }
    self.tmux = tmux
    socket = NSTemporaryDirectory() + "communique-tmux-\(UUID().uuidString.prefix(8))"
    let quoted = command.map(Self.shellQuote).joined(separator: " ")
    let script = "trap : INT; \(quoted); echo communique-exit=$?; exec sh"
    var arguments = [
      "-S", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
      "-e", "LANG=C.UTF-8", "-e", "TERM=tmux-256color", "-e", "PS1=$ ",
    ]
    for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
      arguments += ["-e", "\(name)=\(value)"]
    }
    arguments += ["sh", "-c", script]
    let started = Spawn.run(tmux, arguments, capture: false)
    guard started.status == 0 else { throw TmuxError.failed("new-session", started.status) }
    run(["set-option", "-g", "set-clipboard", "on"])
  }

  deinit { kill() }

  /// Sends tmux key names (`j`, `Enter`, `Escape`, `Tab`, `NPage`…).
  public func send(_ keys: String...) {
    run(["send-keys", "-t", "0"] + keys)
  }

  /// Types text literally.
  public func type(_ text: String) {
    run(["send-keys", "-t", "0", "-l", text])
  }

  /// Sends raw bytes to the program, as a terminal would (mouse reports, for instance).
  public func sendBytes(_ bytes: [UInt8]) {
    run(["send-keys", "-t", "0", "-H"] + bytes.map { String($0, radix: 16) })
  }

  /// Sends an X10 mouse report (the `kmous=\E[M` form of tmux-256color) for button code
  /// `button` (0 left press, 3 release, 64 wheel up, 65 wheel down) at a 0-based cell.
  public func sendMouse(button: UInt8, column: Int, row: Int) {
    sendBytes([0x1B, 0x5B, 0x4D, 32 + button, UInt8(33 + column), UInt8(33 + row)])
  }

  /// The screen as text, or with escape sequences for attributes when `escapes` is true.
  public func capture(escapes: Bool = false) -> String {
    run(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : [])).output
  }

  /// Polls the screen until `condition` holds on a settled screen or the deadline passes;
  /// returns the last screen and whether the condition held.
  ///
  /// A screen counts only when two captures 40 ms apart are identical: tmux may show a frame
  /// half-drawn (the new title over the old panes), and a test must not judge that.
  @discardableResult
  public func wait(
    timeout: Double = 10, escapes: Bool = false, until condition: (String) -> Bool
  ) -> (screen: String, satisfied: Bool) {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = settledCapture(escapes: escapes)
    while !condition(screen) {
      if Date() > deadline { return (screen, false) }
      usleep(50_000)
      screen = settledCapture(escapes: escapes)
    }
    return (screen, true)
  }

  /// Captures until two consecutive captures agree (at most a second of tries).
  private func settledCapture(escapes: Bool) -> String {
    var previous = capture(escapes: escapes)
    for _ in 0..<25 {
      usleep(40_000)
      let current = capture(escapes: escapes)
      if current == previous { return current }
      previous = current
    }
    return previous
  }

  /// Polls until the screen shows `text`.
  @discardableResult
  public func wait(for text: String, timeout: Double = 10) -> (screen: String, satisfied: Bool) {
    wait(timeout: timeout) { $0.contains(text) }
  }

  /// Resizes the window, as a user resizing the terminal would.
  public func resize(width: Int, height: Int) {
    run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The text of tmux's most recent paste buffer (what OSC 52 copied), if any.
  public func pasteBuffer() -> String? {
    let result = run(["show-buffer"])
    return result.status == 0 ? result.output : nil
  }

  /// The process id of the program under test: the child of the pane's `sh` wrapper.
  public func programPID() -> pid_t? {
    let pane = run(["display-message", "-p", "-t", "0", "#{pane_pid}"]).output
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard let shell = Int32(pane),
      let children = try? String(
        contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    else { return nil }
    return children.split(separator: " ").first.flatMap { Int32($0) }
  }

  /// Stops the server and everything in it.
  public func kill() {
    run(["kill-server"])
    unlink(socket)
  }

  @discardableResult
  private func run(_ arguments: [String]) -> Spawn.Result {
    Spawn.run(tmux, ["-S", socket] + arguments)
  }

  private static func shellQuote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
