import Foundation

/// Parallel work run on threads started for it, below the normal priority, and joined at its
/// end. The index reads and parses this way (learning the boilerplate, then each batch): its
/// writing thread, which every batch waits for, then gets a core whenever it has work, and so
/// does the reader's screen. With every thread at one priority, two parsing threads and the
/// writer shared two cores evenly, the parsing waited for the writer, and the cores sat idle
/// about a sixth of a first index.
///
/// The threads are their own, not Dispatch's shared ones, because a thread's priority, once
/// lowered, cannot be raised again without privileges. Each call's threads take over the
/// memory arenas that the previous call's let go of: with the reading ahead on them too, the
/// peak of a first index of 10 000 releases rose only from 77–80 to 79–83 MB (which smaller
/// batches took back, see `ReleaseIndex.batchSize`); parsing alone on them, beside the
/// Dispatch threads that had read ahead, took it from 78 to 104 MB.
enum LowPriorityThreads {
  /// The nice value of the started threads: 0 is the normal priority, 19 the lowest.
  static let niceness: Int32 = 10

  /// The size of each started thread's stack: the main thread's usual 8 MB, the parser's
  /// deepest input in mind.
  static let stackSize = 8 << 20

  /// Runs `worker(n)` for each `n` in `0..<workers`, each on a thread of its own at
  /// `niceness`, and returns once every one has ended. A worker whose thread cannot be
  /// started runs on the calling thread.
  static func run(_ workers: Int, _ worker: @escaping @Sendable (Int) -> Void) {
    var started: [Platform.JoinableThread] = []
    var unstarted: [Int] = []
    for index in 0..<workers {
      let thread = Platform.JoinableThread(stackSize: stackSize) {
        Platform.lowerThreadPriority(to: niceness)
        worker(index)
      }
      if let thread { started.append(thread) } else { unstarted.append(index) }
    }
    for index in unstarted { worker(index) }
    for thread in started { thread.join() }
  }
}
