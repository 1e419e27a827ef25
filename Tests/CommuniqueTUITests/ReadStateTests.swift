import CommuniqueCore
import CommuniqueTUI
import Testing

/// A model listing `count` releases `r0`, `r1`… at a size, nothing read.
private func listing(_ count: Int, width: Int = 160, height: Int = 40) -> Model {
  let summaries = (0..<count).map {
    ReleaseSummary(id: "r\($0)", title: "Titre \($0)", place: $0 % 2 == 0 ? "Tripoli" : nil)
  }
  return update(
    Model(summaries: summaries, libraryPath: "C", width: width, height: height),
    .resize(width: width, height: height)
  ).0
}

/// `update` with each key in turn: the last model and every effect.
private func keys(_ keys: [Key], on model: Model) -> (Model, [Effect]) {
  var model = model
  var effects: [Effect] = []
  for key in keys {
    let (next, more) = update(model, .key(key))
    model = next
    effects += more
  }
  return (model, effects.filter { $0.kind == .saveMark })
}

private func char(_ text: String) -> [Key] { text.map(Key.character) }

@Test func passingOverReleasesInTheListReadsNone() {
  let (model, saved) = keys(char("jjj"), on: listing(5))
  #expect(model.marks.read.isEmpty)
  #expect(saved.isEmpty)
  #expect(model.unreadCount == 5)
}

@Test func openingAReleaseMarksItReadAndSavesIt() {
  let (model, saved) = keys([.character("j"), .enter], on: listing(5))
  #expect(model.marks.read == ["r1"])
  #expect(saved == [.saveMark(.read, true, ids: ["r1"])])
  #expect(model.unreadCount == 4)
  #expect(ListView(model: model).title == "Communiqués (5 · 4 non lus)")
}

@Test func movingWhileReadingReadsEachReleaseShown() {
  let (model, _) = keys([.tab, .character("J"), .character("J")], on: listing(5))
  #expect(model.marks.read == ["r0", "r1", "r2"])
}

@Test func uTogglesReadAndTheOpenReleaseStaysUnread() {
  let opened = keys([.enter], on: listing(3)).0
  let (unread, saved) = keys(char("u"), on: opened)
  #expect(unread.marks.read.isEmpty)
  #expect(saved == [.saveMark(.read, false, ids: ["r0"])])
  #expect(keys([.character("j"), .character("k")], on: unread).0.marks.read.isEmpty)
  #expect(keys(char("u"), on: unread).0.marks.read == ["r0"])
}

@Test func jAndKUpperCaseGoToTheNextAndPreviousUnread() {
  var model = listing(6)
  model = update(model, .marksLoaded(ReleaseMarks(read: ["r1", "r2", "r4"]))).0
  let next = keys(char("J"), on: model).0
  #expect(next.selected == 3)
  #expect(keys(char("JJ"), on: model).0.selected == 5)
  let last = keys(char("JJJ"), on: model).0
  #expect(last.selected == 5)
  #expect(last.message == "Aucun communiqué non lu plus bas")
  #expect(keys(char("GK"), on: model).0.selected == 3)
}

@Test func markAllReadAsksFirstAndNoLeavesAllAsItWas() {
  let asked = keys(char("A"), on: listing(4)).0
  #expect(asked.confirmation == .markAllRead(ids: ["r0", "r1", "r2", "r3"]))
  #expect(StatusLine(model: asked).leftText.contains("Marquer comme lus les 4 communiqués non lus"))
  let refused = keys(char("n"), on: asked)
  #expect(refused.0.marks.read.isEmpty && refused.1.isEmpty && refused.0.confirmation == nil)
  let (done, saved) = keys(char("o"), on: asked)
  #expect(done.marks.read == ["r0", "r1", "r2", "r3"])
  #expect(saved == [.saveMark(.read, true, ids: ["r0", "r1", "r2", "r3"])])
  #expect(ListView(model: done).title == "Communiqués (4)")
  #expect(keys(char("A"), on: done).0.confirmation == nil)
}

@Test func flagsAreToggledShownAndFiltered() {
  let (flagged, saved) = keys(char("jF"), on: listing(4))
  #expect(flagged.marks.flagged == ["r1"])
  #expect(saved == [.saveMark(.flagged, true, ids: ["r1"])])
  #expect(ListView(model: flagged).mark(of: flagged.summaries[1]) == "⚑")
  #expect(ListView(model: flagged).mark(of: flagged.summaries[0]) == "•")
  let only = keys(char("f"), on: flagged).0
  #expect(only.summaries.map(\.id) == ["r1"])
  #expect(ListView(model: only).title == "À drapeau (1 sur 4)")
  #expect(keys(char("f"), on: only).0.summaries.count == 4)
  let unflagged = keys(char("F"), on: only).0
  #expect(unflagged.summaries.map(\.id) == ["r1"])
  #expect(ListView(model: unflagged).title == "À drapeau (0 sur 4)")
  #expect(keys(char("F"), on: flagged).1 == [.saveMark(.flagged, false, ids: ["r1"])])
}

@Test func showOnlyUnreadKeepsTheSelectedReleaseUntilTheListChanges() {
  var model = listing(5)
  model = update(model, .marksLoaded(ReleaseMarks(read: ["r0", "r3"]))).0
  let unread = keys(char("jjU"), on: model).0
  #expect(unread.summaries.map(\.id) == ["r1", "r2", "r4"])
  #expect(unread.selectedSummary?.id == "r2")
  #expect(ListView(model: unread).title == "Non lus (3 sur 5)")
  let read = keys([.enter], on: unread).0
  #expect(read.summaries.map(\.id) == ["r1", "r2", "r4"])
  #expect(keys(char("hjUU"), on: read).0.summaries.map(\.id) == ["r1", "r4"])
}

@Test func oCyclesTheOrderAndTheStatusLineSaysWhich() {
  let summaries = [
    ReleaseSummary(id: "a", title: "Zèbre", place: "Tunis"),
    ReleaseSummary(id: "b", title: "éléphant", place: nil),
    ReleaseSummary(id: "c", title: "Âne", place: "Agadez"),
  ]
  let model = Model(summaries: summaries, libraryPath: "C", width: 160, height: 40)
  let byTitle = keys(char("o"), on: model).0
  #expect(byTitle.summaries.map(\.id) == ["c", "b", "a"])
  #expect(StatusLine(model: byTitle).leftText.contains("Liste par titre"))
  let byPlace = keys(char("oo"), on: model).0
  #expect(byPlace.summaries.map(\.id) == ["c", "a", "b"])
  #expect(StatusLine(model: byPlace).leftText.contains("Liste par lieu"))
  let back = keys(char("ooo"), on: model).0
  #expect(back.summaries.map(\.id) == ["a", "b", "c"])
  #expect(back.message == "Liste dans l’ordre du dossier")
  #expect(keys(char("jo"), on: model).0.selectedSummary?.id == "b")
}

@Test func marksFromAnotherReaderReplaceTheOnesShown() {
  let opened = keys([.enter], on: listing(3)).0
  let merged = update(opened, .marksLoaded(ReleaseMarks(read: ["r0", "r2"], flagged: ["r1"]))).0
  #expect(merged.unreadCount == 1)
  #expect(merged.marks.flagged == ["r1"])
}

@Test func aMarkThatCannotBeSavedSaysSoOnce() {
  let model = update(listing(2), .marksUnsaved(reason: "disque plein")).0
  #expect(model.message == "Marques non enregistrées\u{A0}: disque plein")
  #expect(keys(char("j"), on: model).0.message == nil)
}

@Test func theNewKeysAreInTheKeyMapAndTheHelp() {
  let actions: [Action] = [
    .toggleRead, .markAllRead, .nextUnread, .previousUnread, .showUnread, .toggleFlag,
    .showFlagged, .zoom, .cycleOrder,
  ]
  let rows = HelpOverlay(keyMap: .standard).rows
  for action in actions {
    let binding = KeyMap.standard.bindings.first { $0.action == action }
    #expect(binding != nil, "\(action) sans touche")
    if let binding {
      #expect(rows.contains { $0.contains(binding.help) }, "\(action) absent de l’aide")
      for key in binding.keys { #expect(KeyMap.standard.action(for: key) == action) }
    }
  }
}

@Test func aListReorderedUnderTheSelectionStillFillsItsPane() {
  let summaries = (0..<30).map { ReleaseSummary(id: "r\($0)", title: "T\(200 - $0)", place: nil) }
  let model = Model(summaries: summaries, libraryPath: "C", width: 160, height: 12)
  let sorted = keys(char("o"), on: model).0
  #expect(sorted.selectedSummary?.id == "r0")
  #expect(sorted.selected == 29)
  #expect(sorted.listTop == 30 - (sorted.layout.rect(for: .list)?.height ?? 0))
}
