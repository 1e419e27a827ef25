import CommuniqueCore
import CommuniqueTUI

/// A `Library` held in memory, for tests: parsed releases, a search that ANDs folded words
/// over titles and paragraphs, and the directory gathered from the releases. Through it the
/// tests run the reader with the same `EffectRunner` as the program, answering the releases and
/// the directory asked for and handing back every other effect, for the tests to check.
public struct InMemoryLibrary: Library {
  /// The releases, in list order.
  public let releases: [Release]

  /// A library of these releases.
  public init(releases: [Release]) {
    self.releases = releases
  }

  /// The runner the tests use: releases and the directory answered from memory.
  public var runner: EffectRunner<InMemoryLibrary> {
    EffectRunner(library: self, performing: [.loadRelease, .loadDirectory, .saveMark, .loadMarks])
  }

  /// The reader's first model over the library at a size, its first release loaded.
  public func model(libraryPath: String, width: Int, height: Int, message: String? = nil)
    -> Model
  {
    runner.firstModel(libraryPath: libraryPath, width: width, height: height, message: message)
  }

  /// `update`, then every effect the library answers, answered, until none is left: the model
  /// and the other effects, in order.
  public func update(_ model: Model, _ message: Message) -> (Model, [Effect]) {
    runner.update(model, message)
  }

  /// Nothing to bring up to date: a report of the releases held.
  public func refresh(progress: @Sendable (RefreshProgress) -> Void) throws -> RefreshReport {
    var report = RefreshReport()
    report.files = releases.count
    report.releases = releases.count
    return report
  }

  /// The releases' summaries, the first `limit` of them.
  public func summaries(limit: Int?) throws -> [ReleaseSummary] {
    releases.prefix(limit ?? releases.count).map(ReleaseSummary.init)
  }

  /// The first release with this id.
  public func release(id: String) throws -> Release? {
    releases.first { $0.id == id }
  }

  /// The releases whose folded title and paragraphs contain every folded word of `query`,
  /// in list order.
  public func search(_ query: String, limit: Int) throws -> SearchResults {
    let words = TextFolding.fold(query).split(separator: " ").map(String.init)
    let matches = releases.filter { release in
      let text = TextFolding.fold(
        ([release.fullTitle] + release.paragraphs.map(\.text)).joined(separator: "\n"))
      return !words.isEmpty && words.allSatisfy(text.contains)
    }
    let hits = matches.prefix(limit).map { release in
      let snippet = release.paragraphs.map(\.text).first { paragraph in
        words.contains { TextFolding.fold(paragraph).contains($0) }
      }
      return SearchHit(
        releaseID: release.id, path: release.sourcePath, title: release.fullTitle,
        place: release.dateline?.place, snippet: snippet ?? "", score: 0)
    }
    return SearchResults(query: query, total: matches.count, hits: hits, highlights: words)
  }

  /// The directory gathered from the releases.
  public func directory() throws -> LibraryDirectory {
    LibraryDirectory(releases: releases)
  }

  /// None: every release is already parsed.
  public func problems() throws -> [LibraryProblem] { [] }
}
