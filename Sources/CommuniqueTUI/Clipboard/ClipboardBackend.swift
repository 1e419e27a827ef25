/// A way to put text on the clipboard.
public enum ClipboardBackend: String, CaseIterable, Equatable, Sendable {
  /// The OSC 52 escape sequence, written to the terminal.
  case osc52
  /// tmux's paste buffer, passed on to the outer terminal (`tmux load-buffer -w -`).
  case tmux
  /// Wayland's `wl-copy`.
  case wlCopy = "wl-copy"
  /// X11's `xclip`.
  case xclip
  /// X11's `xsel`.
  case xsel
  /// macOS's `pbcopy`.
  case pbcopy
  /// No clipboard: copying is turned off.
  case none

  /// The program and arguments that read the text on standard input; nil for OSC 52 and none.
  public var command: [String]? {
    switch self {
    case .tmux: ["tmux", "load-buffer", "-w", "-"]
    case .wlCopy: ["wl-copy"]
    case .xclip: ["xclip", "-selection", "clipboard"]
    case .xsel: ["xsel", "--clipboard", "--input"]
    case .pbcopy: ["pbcopy"]
    case .osc52, .none: nil
    }
  }

  /// How the status line names it: `Copié (tmux) : …`.
  public var label: String {
    self == .osc52 ? "OSC 52" : rawValue
  }
}
