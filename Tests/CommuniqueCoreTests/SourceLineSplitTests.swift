import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `SourceLine.split`, which trims on bytes, against `trimmingWhiteSpace()` on each line cut
/// out of the text, on random texts of spaces, line ends, accents and combining marks.
@Suite struct SourceLineSplitTests {
  private static let pieces: [String] = [
    " ", "\u{A0}", "\u{202F}", "\u{2009}", "\u{3000}", "\u{1680}", "\u{85}", "\t", "\n", "\r\n",
    "\r", "a", "é", "Ω", "\u{301}", "e\u{301}", "«", "’", "x", "OIM", "—", "\u{200D}", "👍",
  ]

  /// The lines of `text` cut at each line feed that no carriage return precedes.
  private static func referenceLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current: [UInt8] = []
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x0A && previous != 0x0D {
        lines.append(String(decoding: current, as: UTF8.self).trimmingWhiteSpace())
        current = []
      } else {
        current.append(byte)
      }
      previous = byte
    }
    lines.append(String(decoding: current, as: UTF8.self).trimmingWhiteSpace())
    return lines
  }

  @Test func bytesTrimLikeScalarsAndCharacters() {
    var random = SplitMix(state: 11)
    for _ in 0..<20_000 {
      let count = Int.random(in: 0...12, using: &random)
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
      let lines = SourceLine.split(text)
      #expect(lines.map(\.text) == Self.referenceLines(text), "\(text.debugDescription)")
      #expect(lines.map(\.number) == Array(1...lines.count))
    }
  }

  /// A combining mark on a space makes one character with it, trimmed as a space.
  @Test func combiningMarkOnASpaceIsTrimmedWithIt() {
    #expect(SourceLine.split("  \u{301}mot  \nb").map(\.text) == ["mot", "b"])
  }
}
