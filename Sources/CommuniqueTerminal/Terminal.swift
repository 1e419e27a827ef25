import CNcursesw
import CommuniqueTUI
import Foundation

/// The reader's terminal through ncursesw: the only code that talks to it.
///
/// `init` sets the locale and curses up and installs the signal handlers; `draw` sends only the
/// cells that changed since the last frame; `nextMessage` reads keys, mouse and resizes; `stop`
/// gives the terminal back as it was. Quit signals become `takeQuitSignal()` for the event loop
/// to stop cleanly; a crash restores the terminal from the signal handler.
public final class Terminal {
  private let screen: OpaquePointer
  private let palette: Palette
  private var previous: CellGrid?
  private var running = true

  /// Starts curses on standard input and output; colours from `scheme` unless `color` is false.
  /// - Throws: `TerminalError.unknownTerminal` when curses has no description for `TERM`.
  public init(color: Bool, scheme: ColorScheme = .standard) throws(TerminalError) {
    setlocale(LC_ALL, "")
    SignalTrap.saveTerminalSettings()
    guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else {
      throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
    }
    self.screen = screen
    set_term(screen)
    cbreak()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    wtimeout(cn_stdscr(), 100)
    mousemask(cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed(), nil)
    mouseinterval(0)
    palette = Palette(wantsColor: color, scheme: scheme)
    SignalTrap.install()
  }

  /// The terminal's size in columns and rows.
  public var size: (width: Int, height: Int) { (Int(cn_cols()), Int(cn_lines())) }

  /// The quit signal (SIGINT, SIGTERM, SIGHUP) received since the last call, if any.
  public func takeQuitSignal() -> Int32? { SignalTrap.takePendingSignal() }

  /// Waits up to about 100 ms for input and returns it as a message, or nil.
  public func nextMessage() -> Message? {
    var value: wint_t = 0
    let status = wget_wch(cn_stdscr(), &value)
    let message = KeyDecoder.message(status: status, value: UInt32(value))
    if case .resize = message { previous = nil }
    return message
  }

  /// Shows a grid, sending only the cells that differ from the previous frame.
  public func draw(_ grid: CellGrid) {
    let window = cn_stdscr()
    let old = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
    if old == nil { werase(window) }
    for row in 0..<grid.height {
      for column in 0..<grid.width {
        let cell = grid[column, row]
        if cell.isContinuation || old?[column, row] == cell { continue }
        put(cell, column: column, row: row, in: window)
      }
    }
    wnoutrefresh(window)
    doupdate()
    previous = grid
  }

  /// Hands the terminal over to another program (`|`, the pager, the editor): the normal
  /// screen and settings, mouse reporting off. `resume` takes it back.
  public func suspend() {
    mousemask(0, nil)
    def_prog_mode()
    endwin()
  }

  /// Takes the terminal back after `suspend`: curses' settings, the mouse, and a full redraw
  /// at the next `draw`. A Ctrl-C typed for the other program does not quit the reader.
  public func resume() {
    reset_prog_mode()
    mousemask(cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed(), nil)
    clearok(cn_stdscr(), true)
    previous = nil
    if let signal = SignalTrap.takePendingSignal(), signal != SIGINT {
      SignalTrap.repost(signal)
    }
  }

  /// Gives the terminal back: default signal handlers, normal screen, settings restored.
  public func stop() {
    guard running else { return }
    running = false
    SignalTrap.uninstall()
    mousemask(0, nil)
    endwin()
    delscreen(screen)
  }

  deinit { stop() }

  private func put(_ cell: Cell, column: Int, row: Int, in window: UnsafeMutablePointer<WINDOW>?) {
    var characters = cell.character.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
    if Int(wcwidth(characters[0])) != Int(cell.width) {
      characters = [wchar_t(cell.width == 2 ? 0xFF1F : 0xFFFD)]
      if Int(wcwidth(characters[0])) != Int(cell.width) { characters = [wchar_t(0x3F)] }
    }
    characters.append(0)
    let (attributes, pair) = palette.attributes(for: cell.style)
    var shown = cchar_t()
    setcchar(&shown, characters, attributes, pair, nil)
    mvwadd_wch(window, Int32(row), Int32(column), &shown)
  }
}
