import Synchronization

/// Messages posted by background work (the library's refresh, the directory) for the reader's
/// event loop.
public final class Mailbox: Sendable {
  private let messages = Mutex<[Message]>([])

  /// An empty mailbox.
  public init() {}

  /// Leaves a message for the event loop.
  public func post(_ message: Message) {
    messages.withLock { $0.append(message) }
  }

  /// Takes every message posted so far, oldest first.
  public func take() -> [Message] {
    messages.withLock { messages in
      defer { messages.removeAll() }
      return messages
    }
  }
}
