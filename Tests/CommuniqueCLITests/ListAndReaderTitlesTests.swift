import CommuniqueIndex
import CommuniqueTUI
import CommuniqueTestSupport
import Foundation
import Testing

/// `communique list` and the reader read one library: every release gets the same title
/// (and place) in both, on a folder whose menus make the boilerplate learner matter.
@Test func listAndTheReaderGiveEveryReleaseTheSameTitle() throws {
  let temporary = try TemporaryFolder()
  let library = try temporary.library(from: Fixtures.folder)
  let cache = temporary.file("cache")
  let output = try CommandRunner.run(["list", library], environment: ["XDG_CACHE_HOME": cache])
  #expect(output.status == 0, "\(output.stderr)")
  let listed = output.stdout.split(separator: "\n").map { line in
    line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
  }
  let index = ReleaseIndex.open(folder: library, cacheFolder: cache + "/communique")
  let model = EffectRunner(library: index).firstModel(libraryPath: library, width: 120, height: 40)
  let files = try FileManager.default.contentsOfDirectory(atPath: library)
  #expect(listed.count == files.filter { $0.hasSuffix(".txt") }.count)
  #expect(listed.map { $0[0] } == model.summaries.map(\.id))
  #expect(listed.map { $0[1] } == model.summaries.map(\.title))
  #expect(listed.map { $0[2] } == model.summaries.map { $0.place ?? "" })
}
