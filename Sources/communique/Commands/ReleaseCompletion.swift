import ArgumentParser
import CommuniqueIndex
import Foundation

extension CompletionKind {
  /// Completes a release id from the library's index: the folder of `--library` on the
  /// command line, else `COMMUNIQUE_LIBRARY`, else the configuration's (an index never built
  /// is built first). Any command taking an id uses it:
  /// `@Argument(completion: .releaseIDs) var id: String`.
  static var releaseIDs: CompletionKind {
    .custom { words, _, prefix in ReleaseCompletion.ids(words: words, prefix: prefix) }
  }
}

/// The release ids offered by the shells' completion.
enum ReleaseCompletion {
  /// The ids starting with `prefix` in the library the command line names.
  static func ids(words: [String], prefix: String) -> [String] {
    let folder =
      words.firstIndex(of: "--library").flatMap { words.indices.contains($0 + 1) ? $0 + 1 : nil }
      .map { words[$0] }
      ?? ProcessInfo.processInfo.environment["COMMUNIQUE_LIBRARY"] ?? ReaderConfigFile.library
    let index = ReleaseIndex.open(folder: folder)
    var summaries = (try? index.summaries(limit: nil)) ?? []
    if summaries.isEmpty {
      _ = try? index.refresh()
      summaries = (try? index.summaries(limit: nil)) ?? []
    }
    return summaries.map(\.id).filter { $0.hasPrefix(prefix.lowercased()) }
  }
}
