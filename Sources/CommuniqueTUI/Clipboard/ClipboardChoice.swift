/// Picks the clipboard backend from the preference, the environment and the tools installed.
///
/// `auto` prefers a desktop tool when a display is there (`wl-copy` with `WAYLAND_DISPLAY`,
/// `xclip` then `xsel` with `DISPLAY`, `pbcopy` wherever it exists), then tmux's buffer inside
/// tmux (`TMUX`: tmux ignores a program's OSC 52 unless `set-clipboard on`), then OSC 52.
public enum ClipboardChoice {
  /// The backend to use; `isInstalled` tells whether a program is on the `PATH`.
  public static func backend(
    for preference: ClipboardPreference, environment: [String: String],
    isInstalled: (String) -> Bool
  ) -> ClipboardBackend {
    if let backend = preference.backend { return backend }
    let has = { (name: String) in !(environment[name] ?? "").isEmpty }
    if has("WAYLAND_DISPLAY"), isInstalled("wl-copy") { return .wlCopy }
    if has("DISPLAY"), isInstalled("xclip") { return .xclip }
    if has("DISPLAY"), isInstalled("xsel") { return .xsel }
    if isInstalled("pbcopy") { return .pbcopy }
    if has("TMUX"), isInstalled("tmux") { return .tmux }
    return .osc52
  }
}
