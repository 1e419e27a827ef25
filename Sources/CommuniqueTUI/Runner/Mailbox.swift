import CommuniqueTUI
import Synchronization

/// Messages posted by background work (the index refresh) for the reader's event loop.
final class Mailbox: Sendable {
  private let messages = Mutex<[Message]>([])

  /// Leaves a message for the event loop.
  func post(_ message: Message) {
    messages.withLock { $0.append(message) }
  }

  /// Takes every message posted so far, oldest first.
  func take() -> [Message] {
    messages.withLock { messages in
      defer { messages.removeAll() }
      return messages
    }
  }
}
