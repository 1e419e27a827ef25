import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

/// Feeds keys to `update`, the releases and the directory asked for answered from `library`;
/// returns the last model and every other effect.
func press(_ keys: [Key], on model: Model, in library: InMemoryLibrary = sampleLibrary)
  -> (Model, [Effect])
{
  var model = model
  var effects: [Effect] = []
  for key in keys {
    let (next, more) = library.update(model, .key(key))
    model = next
    effects += more
  }
  return (model, effects)
}

/// Keys typing a text.
func typing(_ text: String) -> [Key] { text.map(Key.character) }

@Test func jAndKMoveTheSelectionAndStopAtTheEnds() {
  let model = sampleModel(width: 120, height: 40)
  #expect(press([.character("j")], on: model).0.selected == 1)
  #expect(press([.character("j"), .character("j"), .down], on: model).0.selected == 1)
  #expect(press([.character("j"), .character("k"), .up], on: model).0.selected == 0)
  #expect(press([.character("G")], on: model).0.selected == 1)
}

@Test(arguments: [Key.enter, .character("l"), .right])
func openingFocusesTheReadingPaneAndBackReturns(key: Key) {
  let opened = press([.character("j"), key], on: sampleModel(width: 120, height: 40)).0
  #expect(opened.focus == .reading)
  #expect(opened.currentRelease == SampleReleases.workshop)
  #expect(press([.character("h")], on: opened).0.focus == .list)
  #expect(press([.left], on: opened).0.focus == .list)
}

@Test func tabCyclesThroughTheVisiblePanes() {
  let model = sampleModel(width: 160, height: 40)
  #expect(press([.tab], on: model).0.focus == .reading)
  #expect(press([.tab, .tab], on: model).0.focus == .side)
  #expect(press([.tab, .tab, .tab], on: model).0.focus == .list)
  #expect(press([.backTab], on: model).0.focus == .side)
  let medium = sampleModel(width: 120, height: 24)
  #expect(press([.tab, .tab], on: medium).0.focus == .list)
}

@Test func readingPaneScrollsAndPagesWithinTheText() {
  let model = press([.enter], on: sampleModel(width: 40, height: 12)).0
  let down = press([.character("j"), .character("j")], on: model).0
  #expect(down.readingTop == 2)
  let paged = press([.character(" ")], on: model).0
  #expect(paged.readingTop == model.readingRect.height - 1)
  #expect(press([.pageUp], on: paged).0.readingTop == 0)
  let bottom = press([.character("G")], on: model).0
  let lines = bottom.document.lines(width: bottom.readingWrapWidth).count
  #expect(bottom.readingTop == lines - bottom.readingRect.height)
  #expect(press([.character("g")], on: bottom).0.readingTop == 0)
}

@Test func searchFindsMatchesAndNMovesThroughThem() throws {
  let model = sampleModel(width: 80, height: 24)
  let typed = press([.enter, .character("/")] + typing("oim"), on: model).0
  #expect(typed.search?.editing == true)
  #expect(typed.search?.query == "oim")
  let found = press([.enter], on: typed).0
  let search = try #require(found.search)
  #expect(search.editing == false)
  // `l'OIM` in the first two paragraphs, `L'OIM` and `l'OIM` in the third.
  #expect(search.matches.count == 4)
  #expect(search.current == 0)
  #expect(found.focus == .reading)
  let next = press([.character("n")], on: found).0
  #expect(next.search?.current == 1)
  let wrapped = press([.character("N")], on: found).0
  #expect(wrapped.search?.current == search.matches.count - 1)
  #expect(press([.escape], on: found).0.search == nil)
}

@Test func searchIsAccentInsensitiveAndScrollsToTheMatch() throws {
  let model = press([.enter], on: sampleModel(width: 40, height: 12)).0
  let found = press([.character("/")] + typing("mediterranee") + [.enter], on: model).0
  let search = try #require(found.search)
  #expect(search.matches.count == 1)
  let lines = found.document.lines(width: found.readingWrapWidth)
  let line = lines.index(
    ofBlock: search.matches[0].block, glyph: search.matches[0].glyphs.lowerBound)
  #expect(line >= found.readingTop && line < found.readingTop + found.readingRect.height)
  #expect(found.readingTop > 0)
}

@Test func searchWithoutMatchSaysSo() {
  let found = press(
    [.enter, .character("/")] + typing("zzz") + [.enter], on: sampleModel(width: 120, height: 40)
  ).0
  #expect(found.search?.matches.isEmpty == true)
  #expect(found.message == "Aucun résultat pour «\u{00A0}zzz\u{00A0}»")
}

@Test func escapeAndBackspaceCancelTheSearchBeingTyped() {
  let model = sampleModel(width: 120, height: 40)
  #expect(press([.enter, .character("/"), .character("a"), .escape], on: model).0.search == nil)
  let erased = press([.enter, .character("/"), .character("a"), .backspace], on: model).0
  #expect(erased.search?.query == "")
  #expect(press([.enter, .character("/"), .backspace], on: model).0.search == nil)
  #expect(press([.enter, .character("/"), .character("q")], on: model).1.isEmpty)
}

@Test func helpOpensAndEscapeClosesIt() {
  let model = press([.character("?")], on: sampleModel(width: 120, height: 40)).0
  #expect(model.overlay == .help)
  #expect(press([.character("j")], on: model).0.overlay == .help)
  #expect(press([.character("j")], on: model).0.selected == 0)
  #expect(press([.escape], on: model).0.overlay == nil)
}

@Test func theHelpScrollsWhenTallerThanTheScreen() {
  let model = press([.character("?")], on: sampleModel(width: 40, height: 12)).0
  #expect(Screen.render(model).lines.joined().contains("↓ j"))
  let scrolled = press([.character("j"), .character("j")], on: model).0
  #expect(scrolled.helpTop == 2)
  #expect(scrolled.overlay == .help)
  let bottom = press([.character("G")], on: model).0
  let text = Screen.render(bottom).lines.joined(separator: "\n")
  #expect(text.contains("quitter"))
  #expect(text.contains("↑ k"))
  #expect(press([.character("q")], on: bottom).0.overlay == nil)
  #expect(press([.character("q")], on: bottom).1.isEmpty)
}

@Test func qQuits() {
  #expect(press([.character("q")], on: sampleModel(width: 120, height: 40)).1 == [.quit])
}

@Test func pTogglesTheSidePaneForEachWidth() {
  let wide = sampleModel(width: 160, height: 40)
  #expect(wide.layout.rect(for: .side) != nil)
  #expect(press([.character("p")], on: wide).0.layout.rect(for: .side) == nil)
  #expect(press([.character("p"), .character("p")], on: wide).0.layout.rect(for: .side) != nil)
  let medium = sampleModel(width: 120, height: 24)
  #expect(medium.layout.rect(for: .side) == nil)
  #expect(press([.character("p")], on: medium).0.layout.rect(for: .side) != nil)
  let narrow = sampleModel(width: 40, height: 12)
  #expect(press([.character("p")], on: narrow).0.focus == .side)
}

@Test func yCopiesTheSelectedContactLine() throws {
  var model = press([.tab, .tab], on: sampleModel(width: 160, height: 40)).0
  let rows = model.sideContent.rows
  let entries = model.sideContent.entries
  let phone = try #require(entries.firstIndex { rows[$0].text == "+218 91 383 25 96" })
  model = press(Array(repeating: .character("j"), count: phone), on: model).0
  let (_, effects) = press([.character("y")], on: model)
  #expect(effects == [.copy(text: "+218 91 383 25 96", summary: "+218 91 383 25 96")])
  let email = press([.character("j"), .character("y")], on: model).1
  #expect(email == [.copy(text: "lhart@iom.int", summary: "lhart@iom.int")])
  let whole = press([.character("k"), .character("y")], on: model).1
  let line = "Laurence Hart, OIM Tripoli, +218 91 383 25 96, lhart@iom.int"
  #expect(whole == [.copy(text: line, summary: line)])
}

@Test func yOnAPartnerCopiesItsName() {
  let model = press([.tab, .tab, .character("y")], on: sampleModel(width: 160, height: 40))
  let name = "Organisation internationale pour les migrations"
  #expect(model.1 == [.copy(text: name, summary: name)])
}

@Test func capitalYCopiesTheContactAsAVCard() throws {
  var model = press([.tab, .tab], on: sampleModel(width: 160, height: 40)).0
  let rows = model.sideContent.rows
  let entries = model.sideContent.entries
  let email = try #require(entries.firstIndex { rows[$0].text == "lhart@iom.int" })
  model = press(Array(repeating: .character("j"), count: email), on: model).0
  let effects = press([.character("Y")], on: model).1
  guard case .copy(let text, let summary) = effects.first else {
    Issue.record("pas de copie\u{00A0}: \(effects)")
    return
  }
  #expect(summary == "fiche vCard de Laurence Hart")
  let card = try #require(try VCardParser.parse(text).first)
  #expect(card.value("FN") == "Laurence Hart")
  #expect(card.value("TEL") == "tel:+218913832596")
  #expect(card.value("NOTE") == SampleReleases.seminar.fullTitle)
  let onPartner = press([.tab, .tab, .character("Y")], on: sampleModel(width: 120, height: 40))
  #expect(onPartner.1.isEmpty)
  #expect(onPartner.0.message?.hasPrefix("Y copie une fiche de contact") == true)
}

@Test func theStatusLineSaysWhichWayTheCopyWentOrWhyNot() {
  let model = sampleModel(width: 120, height: 40)
  let copied = update(model, .copied(summary: "lhart@iom.int", via: .tmux)).0
  #expect(copied.message == "Copié (tmux)\u{00A0}: lhart@iom.int")
  #expect(StatusLine(model: copied).leftText.contains("Copié (tmux)\u{00A0}: lhart@iom.int"))
  let osc = update(model, .copied(summary: "x", via: .osc52)).0
  #expect(osc.message == "Copié (OSC 52)\u{00A0}: x")
  let failed = update(model, .copyFailed(reason: "xclip est introuvable.")).0
  #expect(failed.message == "Copie impossible\u{00A0}: xclip est introuvable.")
  let empty = Model(summaries: [], libraryPath: "vide", width: 120, height: 40)
  #expect(press([.character("y")], on: empty).0.message?.hasPrefix("Rien à copier") == true)
}

@Test func resizeKeepsTheSelectionAndTheReadingPosition() {
  var model = press([.character("j"), .enter], on: sampleModel(width: 120, height: 40)).0
  model = press([.character("/")] + typing("2019") + [.enter], on: model).0
  model = update(model, .resize(width: 40, height: 12)).0
  let lines = model.document.lines(width: model.readingWrapWidth)
  let top = lines[model.readingTop]
  model = update(model, .resize(width: 80, height: 24)).0
  #expect(model.selected == 1)
  #expect(model.focus == .reading)
  let after = model.document.lines(width: model.readingWrapWidth)[model.readingTop]
  #expect(after.block == top.block)
  for size in [(1, 1), (0, 0), (160, 50)] {
    model = update(model, .resize(width: size.0, height: size.1)).0
    #expect(model.selected == 1)
  }
}

@Test func clickSelectsARowAndFocusesItsPane() throws {
  let model = sampleModel(width: 160, height: 40)
  let list = try #require(model.layout.rect(for: .list))
  let clicked = update(model, .mouse(MouseEvent(kind: .press, column: list.x + 2, row: list.y + 1)))
    .0
  #expect(clicked.selected == 1)
  #expect(clicked.focus == .list)
  let side = try #require(model.layout.rect(for: .side))
  let rows = model.sideContent.rows
  let hart = try #require(rows.firstIndex { $0.text == "Laurence Hart, OIM Tripoli" })
  let picked = update(
    model, .mouse(MouseEvent(kind: .press, column: side.x + 1, row: side.y + hart))
  ).0
  #expect(picked.focus == .side)
  #expect(picked.sideContent.entries[picked.sideSelected] == hart)
}

@Test func wheelScrollsThePaneUnderThePointer() throws {
  let model = sampleModel(width: 40, height: 12)
  let opened = press([.enter], on: model).0
  let reading = try #require(opened.layout.rect(for: .reading))
  let wheel = MouseEvent(kind: .wheelDown, column: reading.x + 1, row: reading.y + 1)
  let scrolled = update(opened, .mouse(wheel)).0
  #expect(scrolled.readingTop == 3)
  #expect(scrolled.focus == .reading)
  let up = MouseEvent(kind: .wheelUp, column: reading.x + 1, row: reading.y + 1)
  #expect(update(scrolled, .mouse(up)).0.readingTop == 0)
}

/// Every key of a binding does what the binding's first key does, and every action changes the
/// first screen or asks for an effect, except those with nothing to act on there: moving up or
/// back at the top of the list, with nothing opened, searched or shown over it.
@Test func everyKeyOfTheKeyMapIsHandled() {
  let model = sampleModel(width: 120, height: 40)
  let idle: [Action] = [.up, .back, .pageUp, .top, .cancel]
  for binding in KeyMap.standard.bindings {
    let results = binding.keys.map { update(model, .key($0)) }
    for (key, result) in zip(binding.keys, results) {
      #expect(KeyMap.standard.action(for: key) == binding.action)
      #expect(result.0 == results[0].0 && result.1 == results[0].1, "\(key) ≠ \(binding.label)")
    }
    let acts = results[0].0 != model || !results[0].1.isEmpty
    #expect(acts == !idle.contains(binding.action), "\(binding.label)")
  }
}
