/// What the user asked for with `--clipboard` or the configuration file: a backend, or `auto`.
public enum ClipboardPreference: String, CaseIterable, Equatable, Sendable {
  /// Choose from the environment (`ClipboardChoice`).
  case auto
  /// OSC 52 to the terminal.
  case osc52
  /// tmux's paste buffer.
  case tmux
  /// `wl-copy`.
  case wlCopy = "wl-copy"
  /// `xclip`.
  case xclip
  /// `xsel`.
  case xsel
  /// `pbcopy`.
  case pbcopy
  /// No copying at all.
  case none

  /// The backend asked for, or nil for `auto`.
  public var backend: ClipboardBackend? { ClipboardBackend(rawValue: rawValue) }
}
