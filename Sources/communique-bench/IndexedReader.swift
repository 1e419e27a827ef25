import CommuniqueCore
import CommuniqueIndex
import CommuniqueTUI

/// The reader's model over an index, without a terminal: messages go through the reader's
/// `EffectRunner` (releases, searches and the directory answered from the index, the directory
/// at once rather than in the background), and each message ends with a frame.
struct IndexedReader {
  /// The index read, timed.
  let library: TimedLibrary<ReleaseIndex>
  /// The runner over it.
  let runner: EffectRunner<TimedLibrary<ReleaseIndex>>
  /// The model as it is now.
  private(set) var model: Model

  /// The reader on `index` at a size, as `communique browse` starts: the first page of the
  /// library listed, the first release loaded, the first frame rendered. `listRest()` then
  /// reads the whole list, as the reader does right after its first frame.
  init(index: ReleaseIndex, folder: String, width: Int, height: Int, firstPage: Int) {
    library = TimedLibrary(index)
    runner = EffectRunner(
      library: library, performing: [.loadRelease, .searchLibrary, .loadDirectory])
    model = runner.firstModel(
      libraryPath: folder, width: width, height: height, firstPage: firstPage)
    _ = Screen.render(model)
  }

  /// Reads the whole list when the first frame showed only its first page.
  mutating func listRest() {
    for message in runner.startBackgroundWork(listing: model.isListPartial, refreshing: false) {
      send(message)
    }
  }

  /// Feeds a message, answers every effect and renders the frame; returns the seconds spent
  /// in the index (loading releases, searching, gathering the directory).
  @discardableResult
  mutating func send(_ message: Message) -> Double {
    _ = library.takeSeconds()
    model = runner.update(model, message).0
    _ = Screen.render(model)
    return library.takeSeconds()
  }
}
