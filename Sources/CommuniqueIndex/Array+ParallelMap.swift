import Foundation
import Synchronization

extension Array where Element: Sendable {
  /// `transform` applied to every element, spread over the machine's cores, order kept: one
  /// worker per core, each with its own `context` (a stemmer, say, which is not thread-safe),
  /// each taking the next element not yet taken. Handing elements out one by one, not in
  /// fixed slices, keeps every core busy to the end when one of them is shared with other
  /// work (the index's writing thread): a fixed half left one worker idle while the other
  /// finished.
  func parallelMap<Context, Result: Sendable>(
    context: @Sendable () -> Context, _ transform: @Sendable (Element, Context) -> Result
  ) -> [Result] {
    parallelMap(
      workers: ProcessInfo.processInfo.activeProcessorCount, context: { _ in context() },
      transform)
  }

  /// `transform` applied to every element as `parallelMap(context:_:)` does, worker `n` with
  /// value `n` of `contexts`.
  func parallelMap<Context, Result: Sendable>(
    contexts: PerWorker<Context>, _ transform: @Sendable (Element, Context) -> Result
  ) -> [Result] {
    parallelMap(workers: contexts.values.count, context: { contexts.values[$0] }, transform)
  }

  /// `transform` applied to every element, spread over the machine's cores, order kept.
  func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    parallelMap(context: {}, { element, _ in transform(element) })
  }

  /// `transform` applied to every element by at most `limit` workers, worker `n` with
  /// `context(n)`.
  private func parallelMap<Context, Result: Sendable>(
    workers limit: Int, context: @Sendable (Int) -> Context,
    _ transform: @Sendable (Element, Context) -> Result
  ) -> [Result] {
    let workers = Swift.max(1, Swift.min(limit, count))
    let results = Mutex<[Result?]>(Swift.Array(repeating: nil, count: count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let shared = context(worker)
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { break }
        let value = transform(self[index], shared)
        results.withLock { $0[index] = value }
      }
    }
    return results.withLock { $0.map { $0! } }
  }
}
