import Foundation

/// What the systems the terminal code builds on name differently (it is tested on Linux; the
/// other branch is for macOS).
enum Platform {
  /// Sets the plain handler of a `sigaction` (a union member named differently by glibc and
  /// by Darwin).
  static func setHandler(
    of action: inout sigaction, to handler: @convention(c) (Int32) -> Void
  ) {
    #if os(Linux)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
  }
}
