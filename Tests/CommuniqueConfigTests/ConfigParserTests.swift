import CommuniqueConfig
import CommuniqueTUI
import Testing

private let file = "/home/moi/.config/communique/config.toml"

private func parse(_ text: String) -> (Settings, [ConfigProblem]) {
  ConfigParser.parse(text, file: file)
}

@Test func anEmptyFileGivesTheDefaults() {
  let (settings, problems) = parse("")
  #expect(settings == .standard)
  #expect(problems.isEmpty)
}

@Test func theClipboardIsReadAsToday() {
  let (settings, problems) = parse("# mon choix\nclipboard = \"tmux\"\n")
  #expect(settings.clipboard == .tmux)
  #expect(problems.isEmpty)
}

@Test func theMeasureAndTheLibraryAreRead() {
  let (settings, problems) = parse("measure = 72\nlibrary = \"~/communiqués\"\n")
  #expect(settings.measure == 72)
  #expect(settings.library == "~/communiqués")
  #expect(problems.isEmpty)
}

@Test func aKeyIsRebound() {
  let (settings, problems) = parse("[keys]\nquit = [\"Q\", \"x\"]\nhelp = \"F\"\n")
  #expect(problems.isEmpty)
  #expect(settings.keyMap.action(for: .character("Q")) == .quit)
  #expect(settings.keyMap.action(for: .character("x")) == .quit)
  #expect(settings.keyMap.action(for: .character("q")) == nil)
  #expect(settings.keyMap.action(for: .character("F")) == .help)
  #expect(settings.keyMap.bindings.first { $0.action == .quit }?.label == "Q x")
}

@Test func aKeyTakenFromAnotherActionLeavesIt() {
  let (settings, problems) = parse("[keys]\nquit = \"j\"\n")
  #expect(problems.isEmpty)
  #expect(settings.keyMap.action(for: .character("j")) == .quit)
  #expect(settings.keyMap.keys(for: .down) == [.down])
  #expect(settings.keyMap.bindings.first { $0.action == .down }?.label == "↓")
}

@Test func namedKeysAreRead() {
  let (settings, problems) = parse("[keys]\npage-down = [\"Space\", \"PageDown\", \"f\"]\n")
  #expect(problems.isEmpty)
  #expect(settings.keyMap.keys(for: .pageDown) == [.character(" "), .pageDown, .character("f")])
}

@Test func coloursAreRead() {
  let (settings, problems) = parse(
    "[colors]\nquote = \"bright-magenta\"\nselection = \"blue\"\nstatus = 208\n")
  #expect(problems.isEmpty)
  #expect(settings.colors[.quote] == .palette(13))
  #expect(settings.colors[.selection] == .palette(4))
  #expect(settings.colors[.status] == .palette(208))
  #expect(settings.colors[.speaker] == ColorScheme.standard[.speaker])
}

@Test func anUnknownKeyIsNamedWithItsLine() {
  let (settings, problems) = parse("clipboard = \"tmux\"\n\ncouleur = \"rouge\"\n")
  #expect(settings.clipboard == .tmux)
  #expect(problems.count == 1)
  #expect(
    problems.first?.text.hasPrefix(
      file + ", ligne 3\u{A0}: réglage «\u{00A0}couleur\u{00A0}» inconnu") == true)
}

@Test func aBadColourKeepsThatRolesDefault() {
  let (settings, problems) = parse("[colors]\nspeaker = \"green\"\nquote = \"rouge\"\n")
  #expect(settings.colors[.quote] == ColorScheme.standard[.quote])
  #expect(settings.colors[.speaker] == .palette(2))
  #expect(problems.map(\.line) == [3])
  #expect(problems.first?.message.contains("couleur \"rouge\" inconnue pour quote") == true)
}

@Test func aKeyBoundTwiceKeepsTheSecondActionsDefaults() {
  let (settings, problems) = parse("[keys]\nquit = \"x\"\nhelp = [\"h\", \"x\"]\n")
  #expect(settings.keyMap.action(for: .character("x")) == .quit)
  #expect(settings.keyMap.keys(for: .help) == [.character("?")])
  #expect(problems.count == 1)
  #expect(problems.first?.line == 3)
  #expect(problems.first?.message.contains("«\u{00A0}x\u{00A0}» est déjà donnée à quit") == true)
}

@Test func invalidTOMLKeepsEveryDefaultAndNamesTheLine() {
  let (settings, problems) = parse("clipboard = \"tmux\"\nmeasure = = 3\n")
  #expect(settings == .standard)
  #expect(problems.count == 1)
  #expect(problems.first?.line == 2)
  #expect(problems.first?.text.contains("TOML invalide") == true)
}

@Test(arguments: [
  ("clipboard = \"presse\"", 1), ("measure = 5", 1), ("measure = \"large\"", 1),
  ("library = \"\"", 1), ("[keys]\nvoler = \"v\"", 2), ("[keys]\nquit = \"Ctrl-Q\"", 2),
  ("[colors]\nfond = \"red\"", 2), ("[colors]\nquote = 300", 2), ("keys = 3", 1),
])
func eachBadEntryGivesOneLineWithItsLineNumber(text: String, line: Int) {
  let (settings, problems) = parse(text)
  #expect(settings == .standard)
  #expect(problems.map(\.line) == [line])
}

@Test func theWrittenConfigurationReadsBackUnchanged() {
  var custom = Settings.standard
  custom.clipboard = .xsel
  custom.measure = 80
  custom.library = "/srv/communiqués \"presse\""
  custom.keyMap = KeyMap.standard.rebinding([.quit: [.character("Q")], .down: [.character("J")]])
  custom.colors[.quote] = .palette(200)
  custom.colors[.selection] = .palette(12)
  for settings in [Settings.standard, custom] {
    let text = ConfigWriter.text(of: settings, path: file)
    let (read, problems) = parse(text)
    #expect(problems.isEmpty)
    #expect(read == settings)
  }
}

@Test func theWrittenConfigurationNamesEveryActionAndRole() {
  let text = ConfigWriter.text(of: .standard, path: file)
  for binding in KeyMap.standard.bindings {
    #expect(text.contains("\n\(binding.action.configName) = "))
  }
  for (_, name) in ColorScheme.configurable { #expect(text.contains("\n\(name) = ")) }
  #expect(text.contains("quit = \"q\""))
  #expect(text.contains("open = [\"Enter\", \"l\", \"Right\"]"))
}
