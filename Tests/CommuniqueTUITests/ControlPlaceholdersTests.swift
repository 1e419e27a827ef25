import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

@Test(arguments: [
  ("\u{1B}[2J", "␛[2J"),
  ("\u{1B}]52;c;cGlyYXRl\u{07}", "␛]52;c;cGlyYXRl␇"),
  ("\u{9B}31m", "\u{FFFD}31m"),
  ("\u{85}", "\u{FFFD}"),
  ("abc\u{202E}def", "abc\u{FFFD}def"),
  ("\u{2067}x\u{2069}", "\u{FFFD}x\u{FFFD}"),
  ("a\tb\nc", "a b c"),
  ("\u{7F}", "␡"),
  ("déjà « vu »", "déjà « vu »"),
])
func sanitiserShowsControlsAsPlaceholders(raw: String, shown: String) {
  #expect(ControlPlaceholders.clean(raw) == shown)
  #expect(ControlPlaceholders.clean(raw).unicodeScalars.count == raw.unicodeScalars.count)
}

@Test(arguments: [(120, 40), (80, 24), (40, 12)])
func noControlCharacterReachesTheGrid(width: Int, height: Int) {
  var model = InMemoryLibrary(releases: [SampleReleases.hostile]).model(
    libraryPath: "Content", width: width, height: height)
  model.focus = .reading
  let grid = Screen.render(model)
  for cell in grid.cells {
    #expect(!cell.character.unicodeScalars.contains(where: ControlPlaceholders.isUnsafe))
  }
  let text = grid.lines.joined(separator: "\n")
  #expect(text.contains("␛[2J"))
  #expect(text.contains("␛]52;c;"))
}
