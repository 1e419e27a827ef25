import Foundation

/// The benchmark's output: each line written at once, so progress shows through a pipe.
enum Console {
  /// Writes one line on standard output, unbuffered.
  static func line(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }
}
