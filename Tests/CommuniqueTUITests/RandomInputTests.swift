import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Testing

@Test(arguments: 1...8)
func randomInputKeepsTheModelConsistentAndDrawsInsideTheScreen(seed: UInt64) {
  var random = SplitMix(state: seed)
  let keys = KeyMap.standard.bindings.flatMap(\.keys) + [.backspace, .character("é")]
  let library = InMemoryLibrary(
    releases: [SampleReleases.seminar, SampleReleases.wide, SampleReleases.hostile])
  var model = library.model(libraryPath: "Content", width: 120, height: 40)
  for _ in 0..<400 {
    let message: Message
    switch Int.random(in: 0..<10, using: &random) {
    case 0:
      message = .resize(
        width: Int.random(in: 0...200, using: &random),
        height: Int.random(in: 0...60, using: &random))
    case 1:
      let kind = [MouseEvent.Kind.press, .wheelUp, .wheelDown].randomElement(using: &random)!
      message = .mouse(
        MouseEvent(
          kind: kind, column: Int.random(in: -2...model.width + 2, using: &random),
          row: Int.random(in: -2...model.height + 2, using: &random)))
    default:
      message = .key(keys.randomElement(using: &random)!)
    }
    model = library.update(model, message).0
    #expect(model.summaries.indices.contains(model.selected))
    #expect(model.currentRelease?.id == model.selectedSummary?.id)
    #expect(model.readingTop >= 0 && model.listTop >= 0 && model.sideTop >= 0)
    let grid = Screen.render(model)
    #expect(grid.width == model.width && grid.height == model.height)
  }
}
