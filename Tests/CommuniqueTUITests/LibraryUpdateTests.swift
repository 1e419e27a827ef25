import CommuniqueCore
import CommuniqueTUI
import Testing

private func summaries(_ ids: [Int]) -> [ReleaseSummary] {
  ids.map { ReleaseSummary(id: "r\($0)", title: "Titre \($0)", place: nil) }
}

private func model(_ ids: [Int]) -> Model {
  Model(summaries: summaries(ids), libraryPath: "C", width: 160, height: 12)
}

@Test func aChangeInTheFolderStartsARefreshOrQueuesOne() {
  let (idle, effects) = update(model([0, 1]), .libraryChanged)
  #expect(effects.contains(.refreshLibrary))
  #expect(idle.indexStatus == "Index…")
  let (busy, none) = update(idle, .libraryChanged)
  #expect(!none.contains(.refreshLibrary))
  let (_, again) = update(busy, .libraryRefreshed(summaries([0, 1]), skipped: 0))
  #expect(again.contains(.refreshLibrary))
  let (_, done) = update(idle, .libraryRefreshed(summaries([0, 1]), skipped: 0))
  #expect(!done.contains(.refreshLibrary))
  #expect(done.contains(.loadMarks))
}

@Test func theStatusLineSaysWhatChanged() {
  let start = model([0, 1, 2])
  let added = update(start, .libraryRefreshed(summaries([0, 1, 2, 3, 4, 5]), skipped: 0)).0
  #expect(added.message == "3 nouveaux communiqués")
  #expect(ListView(model: added).title == "Communiqués (6 · 6 non lus)")
  let one = update(start, .libraryRefreshed(summaries([0, 1, 2, 3]), skipped: 0)).0
  #expect(one.message == "1 nouveau communiqué")
  let removed = update(start, .libraryRefreshed(summaries([0, 3]), skipped: 0)).0
  #expect(removed.message == "1 nouveau communiqué, 2 communiqués retirés")
  #expect(update(start, .libraryRefreshed(summaries([0, 1, 2]), skipped: 0)).0.message == nil)
}

@Test func theSelectionAndItsRowStayWhenReleasesArriveAbove() {
  var start = model(Array(10..<40))
  start = update(start, .key(.character("G"))).0
  for _ in 0..<3 { start = update(start, .key(.character("k"))).0 }
  let row = start.selected - start.listTop
  let id = start.selectedSummary?.id
  let next = update(start, .libraryRefreshed(summaries(Array(0..<40)), skipped: 0)).0
  #expect(next.selectedSummary?.id == id)
  #expect(next.selected - next.listTop == row)
}
