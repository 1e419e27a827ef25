import Foundation

extension Platform {
  /// The changes of one folder, as the system reports them.
  final class FolderEvents: @unchecked Sendable {
    #if os(Linux)
      private let descriptor: Int32

      fileprivate init?(folder: String) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let events: UInt32 =
          UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO)
          | UInt32(IN_CLOSE_WRITE) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
        guard inotify_add_watch(descriptor, folder, events) >= 0 else {
          close(descriptor)
          return nil
        }
      }

      /// Waits until something changes (true) or `timeout` seconds pass (false); nil waits for
      /// ever.
      func waitForChange(timeout: Double?) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = timeout.map { Int32($0 * 1000) } ?? -1
        guard poll(&poller, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        return read(descriptor, &buffer, buffer.count) > 0
      }
    #else
      private let folder: String
      private var date: Date?

      fileprivate init?(folder: String) {
        self.folder = folder
        date = Self.date(of: folder)
        guard date != nil else { return nil }
      }

      /// Looks at the folder's date every two seconds until it moves (true) or `timeout`
      /// seconds pass (false); nil waits for ever.
      func waitForChange(timeout: Double?) -> Bool {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while deadline.map({ Date() < $0 }) ?? true {
          Thread.sleep(forTimeInterval: min(2, timeout ?? 2))
          let now = Self.date(of: folder)
          if now != date {
            date = now
            return true
          }
        }
        return false
      }

      private static func date(of folder: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: folder))?[.modificationDate] as? Date
      }
    #endif
  }

  /// The changes of `folder`, or nil when it cannot be watched.
  static func folderEvents(in folder: String) -> FolderEvents? {
    FolderEvents(folder: folder)
  }
}
