import Foundation

/// A file's size and modification time, read without opening it.
struct FileStat: Sendable {
  /// The file's path.
  var path: String
  /// Size in bytes (-1 when it cannot be read).
  var size: Int64
  /// Modification time in seconds since 1970 (0 when it cannot be read).
  var modified: Double

  /// Reads the size and modification time of `path`.
  init(path: String) {
    self.path = path
    var info = stat()
    if stat(path, &info) == 0 {
      size = Int64(info.st_size)
      modified = Platform.modificationTime(of: info)
    } else {
      size = -1
      modified = 0
    }
  }
}
