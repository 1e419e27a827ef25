import CommuniqueCore
import Synchronization

/// A library that adds up the time spent in another one, so that the benchmark can tell the
/// index's share of a key press from the rest (`update`, layout, rendering).
final class TimedLibrary<Base: Library>: Library {
  /// The library timed.
  let base: Base
  private let spent = Mutex(0.0)

  /// Times `base`.
  init(_ base: Base) {
    self.base = base
  }

  /// The seconds spent in the library since the last call.
  func takeSeconds() -> Double {
    spent.withLock { seconds in
      defer { seconds = 0 }
      return seconds
    }
  }

  func refresh(progress: @Sendable (RefreshProgress) -> Void) throws -> RefreshReport {
    try timed { try base.refresh(progress: progress) }
  }

  func summaries(limit: Int?) throws -> [ReleaseSummary] {
    try timed { try base.summaries(limit: limit) }
  }

  func release(id: String) throws -> Release? {
    try timed { try base.release(id: id) }
  }

  func search(_ query: String, limit: Int) throws -> SearchResults {
    try timed { try base.search(query, limit: limit) }
  }

  func firstPassSearch(_ query: String, limit: Int) throws -> SearchResults {
    try timed { try base.firstPassSearch(query, limit: limit) }
  }

  func directory() throws -> LibraryDirectory {
    try timed { try base.directory() }
  }

  func problems() throws -> [LibraryProblem] {
    try timed { try base.problems() }
  }

  private func timed<Value>(_ body: () throws -> Value) rethrows -> Value {
    var value: Value?
    let seconds = try Stopwatch.time { value = try body() }
    spent.withLock { $0 += seconds }
    return value!
  }
}
