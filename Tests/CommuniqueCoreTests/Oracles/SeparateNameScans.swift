@testable import CommuniqueCore

// The walks each body scanner made alone over a paragraph, before `BodyScanners` ran them in
// one: the oracle of `BodyScannersOracleTests`.

extension AnchoredNameScanner {
  /// All the matches in `text`, first to last, none overlapping, in a walk of its own.
  func separateMatches(in text: String) -> [Pattern.Match] {
    NameText.offsetRanges(in: text) { bytes in
      let whole = NameText(bytes: bytes, floor: 0, limit: bytes.count)
      let firstBytes = Set(openings.compactMap(\.utf8.first))
      var ranges: [Range<Int>] = []
      var offset = 0
      while offset < bytes.count {
        guard firstBytes.contains(bytes[offset]), offset == 0 || !isASCIILetter(bytes[offset - 1]),
          mayStart(at: offset, in: whole)
        else {
          offset += 1
          continue
        }
        var floor = offset
        for _ in 0..<lookBehind where floor > 0 {
          floor -= 1
          while bytes[floor] & 0xC0 == 0x80 { floor -= 1 }
        }
        let limit = NameWindow.end(in: bytes, from: offset, reach: reach)
        let window = NameText(bytes: bytes, floor: floor, limit: limit)
        if let end = end(at: offset, in: window), window.isCharacterBoundary(offset),
          window.isCharacterBoundary(end)
        {
          ranges.append(offset..<end)
          offset = end
        } else {
          offset += 1
        }
      }
      return ranges
    }
  }
}

extension UnanchoredNameScanner {
  /// All the matches in `text`, first to last, none overlapping, in a walk of its own.
  func separateMatches(in text: String) -> [Pattern.Match] {
    NameText.offsetRanges(in: text) { bytes in
      let whole = NameText(bytes: bytes, floor: 0, limit: bytes.count, string: text)
      let firstBytes = Set(openings.compactMap(\.utf8.first))
      var ranges: [Range<Int>] = []
      var offset = 0
      while offset < bytes.count {
        guard firstBytes.contains(bytes[offset]), offset == 0 || !isASCIILetter(bytes[offset - 1]),
          let end = end(at: offset, in: whole)
        else {
          offset += 1
          continue
        }
        if whole.isCharacterBoundary(offset) && whole.isCharacterBoundary(end) {
          ranges.append(offset..<end)
        }
        offset = end
      }
      return ranges
    }
  }
}

/// Whether `byte` is an ASCII letter, which no name scanner's match follows.
@inline(__always)
private func isASCIILetter(_ byte: UInt8) -> Bool {
  (0x61...0x7A).contains(byte | 0x20)
}

extension NameText {
  /// The ranges `scan` finds on the UTF-8 bytes of `text`, as matches of `text`.
  static func offsetRanges(
    in text: String, _ scan: (UnsafeBufferPointer<UInt8>) -> [Range<Int>]
  ) -> [Pattern.Match] {
    let ranges =
      text.utf8.withContiguousStorageIfAvailable(scan)
      ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    return ranges.map { Pattern.Match(range: text.range(ofUTF8: $0), groups: []) }
  }
}
