import CommuniqueCore
import CommuniqueIndex
import Foundation

/// Parse throughput of `CommuniqueCore`, on one core and on all of them.
enum ParseThroughput {
  /// Prints MB/s and releases/s for the folder's files.
  static func measure(folder: String) {
    let paths = (try? LibraryFolder.releaseFiles(in: folder)) ?? []
    let files = paths.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
    let megabytes = Double(files.reduce(0) { $0 + $1.count }) / 1_048_576
    let single = Stopwatch.time {
      for (path, bytes) in zip(paths, files) {
        _ = ReleaseParser.parse(bytes: bytes, sourcePath: path)
      }
    }
    let parallel = Stopwatch.time {
      DispatchQueue.concurrentPerform(iterations: files.count) { index in
        _ = ReleaseParser.parse(bytes: files[index], sourcePath: paths[index])
      }
    }
    for (label, seconds) in [("1 cœur", single), ("tous les cœurs", parallel)] {
      Console.line(
        String(
          format: "analyse, %@\u{00A0}: %.1f Mo/s, %.0f communiqués/s", label, megabytes / seconds,
          Double(files.count) / seconds))
    }
  }
}
