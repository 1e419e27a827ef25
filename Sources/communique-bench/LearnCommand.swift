import ArgumentParser
import CommuniqueCore
import CommuniqueIndex
import Foundation
import Synchronization

/// `communique-bench learn DIR`: the boilerplate learnt from the first files of a library,
/// timed two ways: as the index learns it now (`ReleaseFileReader.learnBoilerplate(fromFiles:)`),
/// and as it learnt it before issue 11 (every text decoded and kept, then `BoilerplateLearner`
/// on each, on every core); and whether both find the same lines.
struct LearnCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "learn",
    abstract: "Mesure l’apprentissage des lignes communes (menus, pieds de page) d’un dossier.")

  /// Files the index learns from (`ReleaseFileReader`'s sample).
  static let sample = 2_000

  @Argument(help: "Dossier de communiqués.") var folder: String

  func run() throws {
    let paths = Array(try LibraryFolder.releaseFiles(in: folder).prefix(Self.sample))
    var learnt: Set<String> = []
    let now = Stopwatch.time { learnt = ReleaseFileReader.learnBoilerplate(fromFiles: paths) }
    var before: Set<String> = []
    let then = Stopwatch.time {
      let texts = parallelMap(paths) { path -> String? in
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let decoded = TextDecoder.decode([UInt8](data))
        return decoded.isBinary || decoded.text.allSatisfy(\.isWhitespace) ? nil : decoded.text
      }.compactMap { $0 }
      before = BoilerplateLearner.frequentLines(
        among: parallelMap(texts, BoilerplateLearner.candidateLines(of:)))
    }
    Console.line(
      "apprentissage des lignes communes (\(paths.count) fichiers)\u{00A0}: \(Stopwatch.format(now)) "
        + "(avant\u{00A0}: \(Stopwatch.format(then))), \(learnt.count) lignes, "
        + (learnt == before ? "les mêmes" : "DIFFÉRENTES"))
  }

  private func parallelMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let results = Mutex<[Result?]>(Array(repeating: nil, count: elements.count))
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
      let result = transform(elements[index])
      results.withLock { $0[index] = result }
    }
    return results.withLock { $0.map { $0! } }
  }
}
