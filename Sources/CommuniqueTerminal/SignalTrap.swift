import CNcursesw
import Foundation
import Synchronization

/// The last SIGINT, SIGTERM or SIGHUP received (0: none), set by the signal handler.
private let pendingSignal = Atomic<Int32>(0)

/// The terminal settings before curses started, restored by the crash handler.
///
/// Heap storage larger than Swift's imported `termios`: glibc's `tcgetattr` writes its own,
/// larger struct (AddressSanitizer caught it overflowing a `termios()` global).
nonisolated(unsafe) private let savedSettings: UnsafeMutablePointer<termios> = {
  let bytes = max(MemoryLayout<termios>.stride, 256)
  let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
  raw.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
  return raw.bindMemory(to: termios.self, capacity: 1)
}()

/// The handlers that were installed before ours (the Swift runtime's backtracer, for crashes),
/// indexed by signal number; a crash handler hands over to them once the terminal is restored.
nonisolated(unsafe) private var previousActions: [sigaction] = Array(repeating: .init(), count: 65)

/// Bytes that undo what curses did to the terminal: mouse reporting off, attributes reset,
/// cursor shown, alternate screen left.
private let resetBytes: [UInt8] = Array(
  "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n".utf8)

/// Signal handling for the reader: quit signals become a flag the event loop reads, and crash
/// signals restore the terminal before the process dies.
///
/// Handlers only do async-signal-safe work: an atomic store, `write`, `tcsetattr`, `sigaction`,
/// `raise`.
enum SignalTrap {
  /// Signals that ask the reader to quit.
  static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  /// Signals of a crash.
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

  /// Remembers the terminal settings; call before curses starts.
  static func saveTerminalSettings() {
    tcgetattr(STDIN_FILENO, savedSettings)
    _ = resetBytes.count
    _ = previousActions.count
  }

  /// Installs the handlers; call after curses starts (it installs its own). The globals the
  /// handlers use are touched first, so that none is lazily initialised inside a handler.
  static func install() {
    _ = pendingSignal.load(ordering: .relaxed)
    for signal in quitSignals { set(signal, handler: onQuitSignal, flags: 0) }
    for signal in crashSignals {
      sigaction(signal, nil, &previousActions[Int(signal)])
      set(signal, handler: onCrashSignal, flags: Int32(truncatingIfNeeded: UInt32(SA_NODEFER)))
    }
  }

  /// Puts the handlers from before `install` back (the default ones for quit signals).
  static func uninstall() {
    for number in quitSignals { signal(number, SIG_DFL) }
    for signal in crashSignals { sigaction(signal, &previousActions[Int(signal)], nil) }
  }

  /// Puts a quit signal taken by `takePendingSignal` back, for the event loop to see.
  static func repost(_ signal: Int32) {
    pendingSignal.store(signal, ordering: .relaxed)
  }

  /// The quit signal received since the last call, if any.
  static func takePendingSignal() -> Int32? {
    let value = pendingSignal.exchange(0, ordering: .relaxed)
    return value == 0 ? nil : value
  }

  private static func set(
    _ signal: Int32, handler: @convention(c) (Int32) -> Void, flags: Int32
  ) {
    var action = sigaction()
    Platform.setHandler(of: &action, to: handler)
    sigemptyset(&action.sa_mask)
    action.sa_flags = flags
    sigaction(signal, &action, nil)
  }
}

private func onQuitSignal(_ signal: Int32) {
  pendingSignal.store(signal, ordering: .relaxed)
}

private func onCrashSignal(_ signal: Int32) {
  resetBytes.withUnsafeBufferPointer { buffer in
    _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
  }
  tcsetattr(STDIN_FILENO, TCSANOW, savedSettings)
  sigaction(signal, &previousActions[Int(signal)], nil)
  raise(signal)
}
