import Foundation
import Synchronization
import Testing

@testable import CommuniqueIndex

/// The index reads and parses on threads of its own: the results are those of the shared
/// threads, in order; each worker has its own context; the started threads run at the
/// priority asked for (the normal one until the first releases are listed, lower after);
/// the calling thread keeps its own.
@Suite struct WorkerThreadsTests {
  /// The calling thread's nice value.
  private static func niceness() -> Int32 {
    #if os(Linux)
      getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    #else
      getpriority(PRIO_PROCESS, 0)
    #endif
  }

  @Test(arguments: [0, 1, 2, 7, 1_000])
  func resultsAreThoseOfTheSharedThreadsInOrder(count: Int) {
    let values = (0..<count).map { ($0 * 7_919) % 1_009 }
    let transform: @Sendable (Int) -> String = { String($0 * 3, radix: 7) }
    let background = values.parallelMap(onOwnThreadsAt: WorkerThreads.background, transform)
    #expect(background == values.parallelMap(transform))
    #expect(background == values.map(transform))
    #expect(values.parallelMap(onOwnThreadsAt: 0, transform) == values.map(transform))
  }

  @Test func eachWorkerUsesItsOwnContext() {
    /// A context that keeps the elements given to it.
    final class Tally: @unchecked Sendable {
      var elements: [Int] = []
    }
    let tallies = PerWorker { Tally() }
    let results = Array(0..<500).parallelMap(
      onOwnThreadsAt: WorkerThreads.background, contexts: tallies
    ) { element, tally in
      tally.elements.append(element)
      return element * 2
    }
    #expect(results == (0..<500).map { $0 * 2 })
    #expect(tallies.values.flatMap(\.elements).sorted() == Array(0..<500))
  }

  @Test(arguments: [WorkerThreads.background, 0])
  func startedThreadsRunAtThePriorityAskedFor(niceness: Int32) {
    let before = Self.niceness()
    let seen = Array(0..<64).parallelMap(onOwnThreadsAt: niceness) { _ in Self.niceness() }
    #if os(Linux)
      #expect(seen.allSatisfy { $0 == (niceness == 0 ? before : niceness) })
    #endif
    #expect(Self.niceness() == before)
  }

  @Test func everyWorkerRunsOnceAndTheCallWaitsForAll() {
    let ran = Mutex<[Int]>([])
    WorkerThreads.run(5, niceness: WorkerThreads.background) { worker in
      Thread.sleep(forTimeInterval: 0.01 * Double(worker))
      ran.withLock { $0.append(worker) }
    }
    #expect(ran.withLock { $0.sorted() } == [0, 1, 2, 3, 4])
  }
}
