import Foundation

/// Parallel work run on threads started for it, at a priority the caller chooses, and joined
/// at its end. The index reads and parses this way.
///
/// Until the first releases are listed (learning the boilerplate, then the first batch),
/// nothing else in the process competes for the cores, and the work runs at the normal
/// priority: a reader opened on a busy machine is not kept waiting behind other programs. Each
/// later batch runs below it (`background`): the index's writing thread, which every batch
/// waits for, then gets a core whenever it has work, and so does the reader's screen. With
/// every thread at one priority, two parsing threads and the writer shared two cores evenly,
/// the parsing waited for the writer, and the cores sat idle about a sixth of a first index.
///
/// The threads are their own, not Dispatch's shared ones, because a thread's priority, once
/// lowered, cannot be raised again without privileges. Each call's threads take over the
/// memory arenas that the previous call's let go of: with the reading ahead on them too, the
/// peak of a first index of 10 000 releases rose only from 77–80 to 79–83 MB (which smaller
/// batches took back, see `ReleaseIndex.batchSize`); parsing alone on them, beside the
/// Dispatch threads that had read ahead, took it from 78 to 104 MB.
enum WorkerThreads {
  /// The nice value of the index's work once the first releases are listed: 0 is the normal
  /// priority, 19 the lowest.
  static let background: Int32 = 10

  /// The size of each started thread's stack: the main thread's usual 8 MB, the parser's
  /// deepest input in mind.
  static let stackSize = 8 << 20

  /// Runs `worker(n)` for each `n` in `0..<workers`, each on a thread of its own at
  /// `niceness` (0: the normal priority), and returns once every one has ended. A worker
  /// whose thread cannot be started runs on the calling thread.
  static func run(
    _ workers: Int, niceness: Int32, _ worker: @escaping @Sendable (Int) -> Void
  ) {
    var started: [Platform.JoinableThread] = []
    var unstarted: [Int] = []
    for index in 0..<workers {
      let thread = Platform.JoinableThread(stackSize: stackSize) {
        if niceness > 0 { Platform.lowerThreadPriority(to: niceness) }
        worker(index)
      }
      if let thread { started.append(thread) } else { unstarted.append(index) }
    }
    for index in unstarted { worker(index) }
    for thread in started { thread.join() }
  }
}
