import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Synchronization
import Testing

@testable import CommuniqueIndex

/// The first index of a library: a small first batch, batches that grow, each committed
/// before its progress is told, and the boilerplate learnt as before, reading each file once.
struct FirstIndexTests {
  @Test func batchesStartSmallAndDoubleUpToTheLargest() {
    let sizes = ReleaseIndex.batches(of: 5_000).map(\.count)
    #expect(sizes.first == ReleaseIndex.firstBatchSize)
    #expect(sizes == [32, 64, 128] + Array(repeating: 250, count: 19) + [26])
    #expect(
      ReleaseIndex.batches(of: 5_000).map(\.lowerBound).dropFirst()
        == ReleaseIndex.batches(of: 5_000).map(\.upperBound).dropLast())
    #expect(ReleaseIndex.batches(of: 10).map(\.count) == [10])
    #expect(ReleaseIndex.batches(of: 0).isEmpty)
  }

  @Test func eachBatchIsReadableWhenItsProgressIsTold() throws {
    let temporary = try TemporaryFolder()
    let library = temporary.file("library")
    try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
    for number in 1...100 {
      let text = "Communiqué numéro \(number)\n\nTRIPOLI - Le texte du communiqué \(number).\n"
      try Data(text.utf8).write(
        to: URL(fileURLWithPath: library).appendingPathComponent(
          String(format: "%03d.txt", number)))
    }
    let index = ReleaseIndex.open(folder: library, cacheFolder: temporary.file("cache"))
    let seen = Mutex<[(done: Int, listed: Int, found: Int)]>([])
    _ = try index.refresh { progress in
      let listed = (try? index.summaries(limit: nil).count) ?? -1
      let found = (try? index.search("communiqué", limit: 1).total) ?? -1
      seen.withLock { $0.append((progress.done, listed, found)) }
    }
    let reports = seen.withLock { $0 }
    #expect(reports.map(\.done) == [0, 32, 96, 100])
    #expect(reports.map(\.listed) == [0, 32, 96, 100])
    #expect(reports.map(\.found) == [0, 32, 96, 100])
  }

  @Test func learningFromFilesFindsTheLinesLearntFromTheirTexts() throws {
    let paths = try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
      .map { Fixtures.folder.appendingPathComponent($0).path }
    let texts = try paths.map {
      try ReleaseFileReader.decode(ReleaseFileReader.bytes(of: $0)).text
    }
    let learnt = ReleaseFileReader.learnBoilerplate(fromFiles: paths)
    #expect(!learnt.isEmpty)
    #expect(learnt == ReleaseFileReader.learnBoilerplate(from: texts))
    #expect(learnt == BoilerplateLearner.frequentLines(in: texts))
  }

  @Test func linesAreTheSameKeyExactlyWhenTheyAreEqualStrings() {
    let composed = "Été à l’OIM « Genève »"
    let decomposed = "E\u{301}te\u{301} a\u{300} l’OIM « Genève »"
    #expect(composed == decomposed)
    #expect(LineKey(composed) == LineKey(decomposed))
    #expect(LineKey(decomposed).text == composed)
    #expect(LineKey("Ete") != LineKey("Été"))
    let census = LineCensus(files: [
      [LineKey("Menu"), LineKey(composed)], [LineKey("Menu"), LineKey(decomposed)],
      [LineKey("Autre"), LineKey(composed)],
    ])
    #expect(census.boilerplate == ["Menu", composed])
  }

  @Test func aFolderIsToldSmallFromItsNamesAlone() throws {
    let temporary = try TemporaryFolder()
    for name in ["b.txt", "a.TXT", "c.txt", ".cachée.txt", "notes.md"] {
      try Data("Titre\n".utf8).write(to: URL(fileURLWithPath: temporary.file(name)))
    }
    try FileManager.default.createDirectory(
      atPath: temporary.file("dossier.txt"), withIntermediateDirectories: false)
    let files = try LibraryFolder.releaseFiles(in: temporary.path)
    #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.TXT", "b.txt", "c.txt"])
    #expect(try LibraryFolder.holds(atMost: 4, releaseFilesIn: temporary.path))
    #expect(try !LibraryFolder.holds(atMost: 3, releaseFilesIn: temporary.path))
    #expect(throws: LibraryError.self) {
      try LibraryFolder.holds(atMost: 3, releaseFilesIn: temporary.file("absent"))
    }
  }

  @Test func aFileIsReadWholeWhateverItsSize() throws {
    let temporary = try TemporaryFolder()
    for size in [0, 1, 4_095, 4_096, 70_000] {
      let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 * 7 + 1) }
      let path = temporary.file("f\(size).txt")
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      #expect(try ReleaseFileReader.bytes(of: path) == bytes)
    }
    #expect(throws: UnusableFile.self) { try ReleaseFileReader.bytes(of: temporary.path) }
    #expect(throws: UnusableFile.self) { try ReleaseFileReader.bytes(of: temporary.file("nul")) }
  }
}
