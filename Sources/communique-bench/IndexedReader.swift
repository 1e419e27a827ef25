import CommuniqueCore
import CommuniqueIndex
import CommuniqueTUI

/// The reader's model over an index, without a terminal: messages go through `update`, effects
/// are answered from the index as `communique browse` answers them (the directory at once
/// rather than in the background), and each message ends with a frame.
struct IndexedReader {
  /// The index read.
  let index: ReleaseIndex
  /// The model as it is now.
  private(set) var model: Model

  /// Results asked for per library search, as in the reader.
  static let resultLimit = 100

  /// The reader on `index` at a size, as `communique browse` starts: the first page of the
  /// library listed, the first release loaded, the first frame rendered. `listRest()` then
  /// reads the whole list, as the reader does right after its first frame.
  init(index: ReleaseIndex, folder: String, width: Int, height: Int, firstPage: Int) throws {
    self.index = index
    let summaries = try index.summaries(limit: firstPage)
    model = Model(summaries: summaries, libraryPath: folder, width: width, height: height)
    model.isListPartial = summaries.count == firstPage
    send(.resize(width: width, height: height))
  }

  /// Reads the whole list when the first frame showed only its first page.
  mutating func listRest() throws {
    guard model.isListPartial else { return }
    send(.libraryListed(try index.summaries()))
  }

  /// Feeds a message, answers every effect and renders the frame; returns the seconds spent
  /// in the index (loading releases, searching, gathering the directory).
  @discardableResult
  mutating func send(_ message: Message) -> Double {
    var messages = [message]
    var pending: [Effect] = []
    var inIndex = 0.0
    while !messages.isEmpty || !pending.isEmpty {
      if pending.isEmpty {
        (model, pending) = update(model, messages.removeFirst())
        continue
      }
      var answer: Message?
      inIndex += Stopwatch.time { answer = self.answer(pending.removeFirst()) }
      if let answer { messages.insert(answer, at: 0) }
    }
    _ = Screen.render(model)
    return inIndex
  }

  private func answer(_ effect: Effect) -> Message? {
    switch effect {
    case .loadRelease(let id):
      return (try? index.release(id: id)).flatMap { $0 }.map(Message.releaseLoaded)
        ?? .releaseUnavailable(id: id)
    case .searchLibrary(let query):
      let results = try? index.search(query, limit: Self.resultLimit)
      return .libraryResults(
        LibraryResults(
          query: query, total: results?.total ?? 0,
          isTotalCapped: results?.isTotalCapped ?? false,
          hits: (results?.hits ?? []).map { .init(summary: $0.summary, snippet: $0.snippet) },
          highlights: results?.highlights ?? []))
    case .loadDirectory:
      return .directoryLoaded((try? index.directory()) ?? LibraryDirectory(releases: []))
    case .quit, .copy, .refreshLibrary:
      return nil
    }
  }
}
