import CommuniqueTUI
import Testing

/// Which clipboard backend the reader picks, and the configuration file that can say so.
@Suite struct ClipboardChoiceTests {
  func choose(
    _ environment: [String: String], installed: Set<String>,
    preference: ClipboardPreference = .auto
  ) -> ClipboardBackend {
    ClipboardChoice.backend(
      for: preference, environment: environment, isInstalled: installed.contains)
  }

  @Test func aDesktopToolComesFirstWhenADisplayIsThere() {
    let all: Set = ["wl-copy", "xclip", "xsel", "tmux"]
    let wayland = ["WAYLAND_DISPLAY": "wayland-0", "TMUX": "/tmp/t,1,0"]
    #expect(choose(wayland, installed: all) == .wlCopy)
    #expect(choose(["DISPLAY": ":0", "TMUX": "x"], installed: all) == .xclip)
    #expect(choose(["DISPLAY": ":0"], installed: ["xsel"]) == .xsel)
    #expect(choose(["WAYLAND_DISPLAY": "w"], installed: ["xclip"]) == .osc52)
    #expect(choose([:], installed: ["pbcopy", "tmux"]) == .pbcopy)
  }

  @Test func insideTmuxItsBufferThenOSC52() {
    #expect(choose(["TMUX": "/tmp/tmux-0/default,1,0"], installed: ["tmux", "xclip"]) == .tmux)
    #expect(choose(["TMUX": ""], installed: ["tmux"]) == .osc52)
    #expect(choose([:], installed: []) == .osc52)
  }

  @Test func anExplicitChoiceWinsEvenWithoutTheTool() {
    #expect(choose([:], installed: [], preference: .xclip) == .xclip)
    #expect(choose(["TMUX": "x"], installed: ["tmux"], preference: .none) == .none)
    #expect(choose(["DISPLAY": ":0"], installed: ["xclip"], preference: .osc52) == .osc52)
  }

  @Test func toolsReadTheTextOnStandardInput() {
    #expect(ClipboardBackend.tmux.command == ["tmux", "load-buffer", "-w", "-"])
    #expect(ClipboardBackend.osc52.command == nil)
    #expect(ClipboardBackend.wlCopy.label == "wl-copy")
  }

  @Test func theConfigurationFileSetsTheClipboard() {
    let config = ReaderConfig(parsing: "# réglages\n\n  clipboard = tmux  # dans tmux\n")
    #expect(config.clipboard == .tmux)
    #expect(config.problems.isEmpty)
    let wrong = ReaderConfig(parsing: "clipboard = presse\ncouleur = non\n")
    #expect(wrong.clipboard == nil)
    #expect(
      wrong.problems == [
        "ligne 1\u{00A0}: clipboard = «\u{00A0}presse\u{00A0}» inconnu",
        "ligne 2\u{00A0}: réglage «\u{00A0}couleur\u{00A0}» inconnu",
      ])
  }
}
