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

  /// `transform` applied to every element as `parallelMap(contexts:_:)` does, on threads of
  /// their own at `niceness` (`WorkerThreads`): below the normal priority, work that must
  /// leave the cores to a thread the results wait for (the index's writing) and to the
  /// reader's screen.
  func parallelMap<Context, Result: Sendable>(
    onOwnThreadsAt niceness: Int32, contexts: PerWorker<Context>,
    _ transform: @Sendable (Element, Context) -> Result
  ) -> [Result] {
    parallelMap(
      workers: contexts.values.count,
      running: { WorkerThreads.run($0, niceness: niceness, $1) },
      context: { contexts.values[$0] }, transform)
  }

  /// `transform` applied to every element, spread over the machine's cores, order kept.
  func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    parallelMap(context: {}, { element, _ in transform(element) })
  }

  /// `transform` applied to every element as `parallelMap(_:)` does, on the threads of
  /// `parallelMap(onOwnThreadsAt:contexts:_:)`.
  func parallelMap<Result: Sendable>(
    onOwnThreadsAt niceness: Int32, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    parallelMap(
      workers: ProcessInfo.processInfo.activeProcessorCount,
      running: { WorkerThreads.run($0, niceness: niceness, $1) },
      context: { _ in }, { element, _ in transform(element) })
  }

  /// `transform` applied to every element by at most `limit` workers, worker `n` with
  /// `context(n)`, the workers run by `running` (Dispatch's shared threads unless told).
  private func parallelMap<Context, Result: Sendable>(
    workers limit: Int,
    running: (_ workers: Int, _ worker: @escaping @Sendable (Int) -> Void) -> Void =
      DispatchQueue.concurrentPerform,
    context: @Sendable (Int) -> Context, _ transform: @Sendable (Element, Context) -> Result
  ) -> [Result] {
    let workers = Swift.max(1, Swift.min(limit, count))
    let results = Mutex<[Result?]>(Swift.Array(repeating: nil, count: count))
    let next = Atomic<Int>(0)
    let worker: @Sendable (Int) -> Void = { worker in
      let shared = context(worker)
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { break }
        let value = transform(self[index], shared)
        results.withLock { $0[index] = value }
      }
    }
    withoutActuallyEscaping(worker) { worker in running(workers, worker) }
    return results.withLock { $0.map { $0! } }
  }
}
