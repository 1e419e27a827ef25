import Foundation

/// What the systems the index builds on name differently (it is tested on Linux; the other
/// branch is for macOS).
enum Platform {
  /// The modification time of a `stat` result, in seconds since 1970.
  static func modificationTime(of info: stat) -> Double {
    #if os(Linux)
      Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    #else
      Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
    #endif
  }
}
