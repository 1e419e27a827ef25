@testable import CommuniqueCore

/// `SpeechLine.matches` as it was before it counted characters only as far as its bound.
enum SpeechLineOracle {
  static func matches(_ text: String) -> Bool {
    text.count <= 250 && (SpeechLine.isSpeech(text) || text.prefix(4).lowercased() == "par ")
      && !(text.last.map { ".!?".contains($0) } ?? false)
  }
}
