import Foundation
import Synchronization

extension Array where Element: Sendable {
  /// `transform` applied to every element, spread over the machine's cores, order kept: one
  /// slice per core, each with its own `context` (a stemmer, say, which is not thread-safe).
  func parallelMap<Context, Result: Sendable>(
    context: @Sendable () -> Context, _ transform: @Sendable (Element, Context) -> Result
  ) -> [Result] {
    let slices = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count))
    let results = Mutex<[Result?]>(Swift.Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: slices) { slice in
      let shared = context()
      for index in stride(from: slice, to: count, by: slices) {
        let value = transform(self[index], shared)
        results.withLock { $0[index] = value }
      }
    }
    return results.withLock { $0.map { $0! } }
  }

  /// `transform` applied to every element, spread over the machine's cores, order kept.
  func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    parallelMap(context: {}, { element, _ in transform(element) })
  }
}
