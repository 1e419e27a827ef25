import Foundation

extension Platform {
  /// A POSIX thread running one closure, which `join()` waits for: once it returns, the
  /// thread has ended and let go of the closure (a `Thread` of Foundation keeps its closure
  /// until it is itself released, at a time of its own).
  struct JoinableThread {
    #if os(Linux)
      private let thread: pthread_t
    #else
      private let thread: pthread_t?
    #endif

    /// The closure to run, handed to the thread through a pointer.
    private final class Body {
      let run: () -> Void
      init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// Starts `body` on a new thread with a stack of `stackSize` bytes; nil when the system
    /// cannot start one.
    init?(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
      var attributes = pthread_attr_t()
      guard pthread_attr_init(&attributes) == 0 else { return nil }
      defer { pthread_attr_destroy(&attributes) }
      _ = pthread_attr_setstacksize(&attributes, stackSize)
      let box = Unmanaged.passRetained(Body(body))
      #if os(Linux)
        var thread = pthread_t()
      #else
        var thread: pthread_t?
      #endif
      let status = pthread_create(
        &thread, &attributes,
        { raw in
          guard let raw else { return nil }
          Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
          return nil
        }, box.toOpaque())
      guard status == 0 else {
        box.release()
        return nil
      }
      self.thread = thread
    }

    /// Waits for the thread to end.
    func join() {
      #if os(Linux)
        _ = pthread_join(thread, nil)
      #else
        if let thread { _ = pthread_join(thread, nil) }
      #endif
    }
  }
}
