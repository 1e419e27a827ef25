import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

/// `|`, the pager and the editor: what `update` asks the event loop to run, and what the
/// status line says once it has run.
@Suite struct ProgramKeysTests {
  let model = sampleModel(width: 120, height: 40)
  let id = SampleReleases.seminar.id

  @Test func pipeOpensAPromptAndEnterRunsTheCommand() {
    let (prompting, none) = press([.character("|")] + typing("wc -w"), on: model)
    #expect(none.isEmpty)
    #expect(prompting.pipePrompt == "wc -w")
    #expect(StatusLine(model: prompting).leftText.contains("Commande | wc -w▏"))
    #expect(StatusLine(model: prompting).hints == "Entrée lancer  Échap annuler")
    let (ran, effects) = press([.enter], on: prompting)
    #expect(ran.pipePrompt == nil)
    #expect(effects == [.runProgram(ProgramRequest(kind: .pipe(command: "wc -w"), releaseID: id))])
  }

  @Test func thePromptTakesBackspaceAndEscapeCancels() {
    let typed = press([.character("|")] + typing("wcx") + [.backspace], on: model).0
    #expect(typed.pipePrompt == "wc")
    let (cancelled, effects) = press([.escape], on: typed)
    #expect(cancelled.pipePrompt == nil)
    #expect(effects.isEmpty)
    #expect(press([.character("|"), .character(" "), .enter], on: model).1.isEmpty)
  }

  @Test func keysTypedInThePromptAreNotActions() {
    let (typed, effects) = press([.character("|")] + typing("qj"), on: model)
    #expect(effects.isEmpty)
    #expect(typed.selected == 0)
    #expect(typed.pipePrompt == "qj")
  }

  @Test func thePagerAndTheEditorGetTheReleaseBeingRead() {
    #expect(
      press([.character("v")], on: model).1 == [
        .runProgram(ProgramRequest(kind: .pager, releaseID: id))
      ])
    #expect(
      press([.character("e")], on: model).1 == [
        .runProgram(ProgramRequest(kind: .editor, releaseID: id))
      ])
  }

  @Test func withoutAReleaseNothingRuns() {
    let empty = InMemoryLibrary(releases: []).model(libraryPath: "vide", width: 120, height: 40)
    let (after, effects) = press([.character("|")], on: empty)
    #expect(effects.isEmpty)
    #expect(after.pipePrompt == nil)
    #expect(after.message?.hasPrefix("Aucun communiqué ouvert") == true)
  }

  @Test func theOutcomeGoesToTheStatusLine() {
    let pipe = ProgramOutcome(kind: .pipe(command: "wc -w"), status: 0, lastLine: "523")
    let after = update(model, .programFinished(pipe)).0
    #expect(StatusLine(model: after).leftText.contains("| wc -w : 523 (code 0)"))
    let failed = ProgramOutcome(kind: .pipe(command: "nope"), status: 127, lastLine: nil)
    #expect(failed.statusText == "| nope : aucune sortie (code 127)")
    #expect(ProgramOutcome(kind: .pager, status: 0).statusText == nil)
    #expect(ProgramOutcome(kind: .pager, status: 2).statusText == "Pager : code 2")
    #expect(ProgramOutcome(kind: .editor, status: 0).statusText?.contains("copie") == true)
  }

  @Test func theEffectRunnerHandsProgramsBack() {
    let (_, effects) = sampleLibrary.update(model, .key(.character("v")))
    #expect(effects.map(\.kind) == [.runProgram])
  }
}

@Test func aRebindingIsWhatTheHelpShows() {
  var model = sampleModel(width: 120, height: 60)
  model.keyMap = KeyMap.standard.rebinding([.quit: [.character("Q"), .character("x")]])
  let rows = HelpOverlay(keyMap: model.keyMap).rows
  #expect(rows.contains { $0.hasPrefix("Q x ") && $0.hasSuffix("quitter") })
  #expect(!rows.contains { $0.hasPrefix("q ") })
  #expect(press([.character("x")], on: model).1 == [.quit])
  #expect(press([.character("q")], on: model).1.isEmpty)
  #expect(StatusLine(model: model).hints.hasSuffix("? aide  Q quitter"))
  let grid = Screen.render(press([.character("?")], on: model).0)
  #expect(grid.lines.contains { $0.contains("Q x") && $0.contains("quitter") })
}

@Test func theMeasureNarrowsTheReadingText() {
  var model = sampleModel(width: 160, height: 40)
  let wide = model.readingWrapWidth
  model.measure = 40
  #expect(wide > 40)
  #expect(model.readingWrapWidth == 40)
  let lines = model.document.lines(width: model.readingWrapWidth)
  #expect(lines.allSatisfy { line in line.glyphs.count <= 40 })
}

@Test func keyNamesReadAndWriteBothWays() {
  for name in KeyName.names { #expect(KeyName.key(named: name).map(KeyName.name(of:)) == name) }
  #expect(KeyName.key(named: "pagedown") == .pageDown)
  #expect(KeyName.key(named: "|") == .character("|"))
  #expect(KeyName.key(named: "Ctrl-Q") == nil)
  #expect(KeyName.key(named: "") == nil)
  #expect(KeyName.label(of: [.enter, .character("l"), .right]) == "Entrée l →")
  #expect(Action.copyCard.configName == "copy-card")
  #expect(Action.nextPane.configName == "next-pane")
}
