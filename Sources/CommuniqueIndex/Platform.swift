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

  /// Lowers the calling thread's priority to the nice value `niceness` (Linux keeps one per
  /// thread; macOS takes the utility class of service instead).
  static func lowerThreadPriority(to niceness: Int32) {
    #if os(Linux)
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
    #else
      _ = pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0)
    #endif
  }
}
