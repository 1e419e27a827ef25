import Foundation

@testable import CommuniqueCore

/// Where the matches of a replaced name pattern can start (after one of `literals`), how far
/// they reach and how many scalars their look-behind reads: what `Pattern` once took to try a
/// pattern only at those places, kept for the oracles of the scanners that replaced it.
struct MatchStarts: Sendable {
  /// The literals every match starts with (byte for byte).
  let literals: LiteralSet
  /// The most UTF-8 bytes a match (and what its look-ahead reads) spans.
  let reach: Int
  /// How many scalars before a match its look-behind reads.
  let lookBehind: Int

  /// Matches start with one of `literals`.
  static func literals(_ literals: [String], reach: Int, lookBehind: Int = 1) -> MatchStarts {
    MatchStarts(literals: LiteralSet(literals), reach: reach, lookBehind: lookBehind)
  }
}

/// A regular expression tried, anchored, only where `MatchStarts` says its matches begin, on a
/// window of the text (the replaced organisation name patterns, as the oracles run them).
struct AnchoredPattern: @unchecked Sendable {
  private let regex: NSRegularExpression
  private let starts: MatchStarts

  init(_ source: String, startingAt starts: MatchStarts) {
    regex = try! NSRegularExpression(pattern: source)
    self.starts = starts
  }

  /// The matches that start at `starts`' offsets, each tried on a window of the text that
  /// begins what the pattern's look-behind reads before it and spans the pattern's reach.
  func matches(in text: String) -> [Pattern.Match] {
    let bytes = text.utf8
    var found: [Pattern.Match] = []
    var end = text.startIndex
    for offset in starts.literals.starts(in: text) {
      let start = bytes.index(bytes.startIndex, offsetBy: offset)
      guard start >= end else { continue }
      var windowStart = start
      for _ in 0..<starts.lookBehind where windowStart > text.startIndex {
        windowStart = text.unicodeScalars.index(before: windowStart)
      }
      let endOffset =
        bytes.withContiguousStorageIfAvailable {
          NameWindow.end(in: $0, from: offset, reach: starts.reach)
        }
        ?? Array(bytes).withUnsafeBufferPointer {
          NameWindow.end(in: $0, from: offset, reach: starts.reach)
        }
      let windowEnd = bytes.index(bytes.startIndex, offsetBy: endOffset)
      let window = String(text[windowStart..<windowEnd])
      let base = bytes.distance(from: bytes.startIndex, to: windowStart)
      let skipped = bytes.distance(from: windowStart, to: start)
      let searched = NSRange(
        window.utf8.index(window.startIndex, offsetBy: skipped)..<window.endIndex, in: window)
      guard
        let result = regex.firstMatch(
          in: window, options: [.anchored, .withTransparentBounds], range: searched),
        let range = Self.range(result.range, in: window, at: base, of: text)
      else { continue }
      let groups = (1..<max(result.numberOfRanges, 1)).map {
        Self.range(result.range(at: $0), in: window, at: base, of: text)
      }
      found.append(Pattern.Match(range: range, groups: groups))
      end = range.upperBound
    }
    return found
  }

  /// `range`, found in `window`, as a range of `text`, where the window starts `base` UTF-8
  /// bytes in.
  private static func range(_ range: NSRange, in window: String, at base: Int, of text: String)
    -> Range<String.Index>?
  {
    guard let inWindow = Range(range, in: window) else { return nil }
    let bytes = text.utf8
    let lower = bytes.index(
      bytes.startIndex,
      offsetBy: base
        + window.utf8.distance(
          from: window.startIndex, to: inWindow.lowerBound))
    let upper = bytes.index(
      lower,
      offsetBy: window.utf8.distance(
        from: inWindow.lowerBound, to: inWindow.upperBound))
    return lower..<upper
  }
}
