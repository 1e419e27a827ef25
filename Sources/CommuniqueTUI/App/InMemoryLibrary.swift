import CommuniqueCore

/// A library held in memory, for releases read without an index (a small folder, tests): the
/// summaries the model lists, and the answers to its `.loadRelease` and `.loadDirectory`
/// effects, so that the model goes the same way with or without an index.
public struct InMemoryLibrary: Sendable {
  /// The releases, in list order.
  public let releases: [Release]

  /// A library of these releases.
  public init(releases: [Release]) {
    self.releases = releases
  }

  /// The reader's first model over the library at a size, its first release loaded.
  public func model(libraryPath: String, width: Int, height: Int, message: String? = nil)
    -> Model
  {
    let model = Model(
      summaries: releases.map(ReleaseSummary.init), libraryPath: libraryPath, width: width,
      height: height, message: message)
    return update(model, .resize(width: width, height: height)).0
  }

  /// `update`, then every effect the library answers, answered, until none is left: the model
  /// and the other effects, in order.
  public func update(_ model: Model, _ message: Message) -> (Model, [Effect]) {
    var (model, pending) = CommuniqueTUI.update(model, message)
    var others: [Effect] = []
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      guard let answer = answer(effect) else {
        others.append(effect)
        continue
      }
      let (next, more) = CommuniqueTUI.update(model, answer)
      model = next
      pending += more
    }
    return (model, others)
  }

  private func answer(_ effect: Effect) -> Message? {
    switch effect {
    case .loadRelease(let id):
      releases.first { $0.id == id }.map(Message.releaseLoaded) ?? .releaseUnavailable(id: id)
    case .loadDirectory: .directoryLoaded(LibraryDirectory(releases: releases))
    case .quit, .copy, .searchLibrary, .refreshLibrary: nil
    }
  }
}
