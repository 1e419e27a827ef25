import Foundation

/// A compiled regular expression with a Swift-friendly surface, compiled once and shared.
///
/// `NSRegularExpression` is immutable and thread-safe, so patterns live in `static let`s.
public struct Pattern: @unchecked Sendable {
  private let regex: NSRegularExpression
  private let prerequisite: @Sendable (String) -> Bool
  private let starts: MatchStarts?

  /// Compiles `source`; a pattern in our own code that does not compile is a programming error.
  /// - Parameter prerequisite: a cheap test that every text with a match passes; texts that
  ///   fail it are not handed to the regular expression engine (a speed-up only: it must
  ///   never reject a text that has a match).
  public init(
    _ source: String, caseInsensitive: Bool = false,
    prerequisite: @escaping @Sendable (String) -> Bool = { _ in true }
  ) {
    self.init(source, caseInsensitive: caseInsensitive, prerequisite: prerequisite, starts: nil)
  }

  private init(
    _ source: String, caseInsensitive: Bool, prerequisite: @escaping @Sendable (String) -> Bool,
    starts: MatchStarts?
  ) {
    self.prerequisite = prerequisite
    self.starts = starts
    var options: NSRegularExpression.Options = []
    if caseInsensitive { options.insert(.caseInsensitive) }
    do {
      regex = try NSRegularExpression(pattern: source, options: options)
    } catch {
      preconditionFailure("invalid pattern \(source): \(error)")
    }
  }

  /// Compiles `source`, a pattern that cannot match a text without one of `literals` in it
  /// (compared byte for byte): other texts are not handed to the engine.
  init(_ source: String, caseInsensitive: Bool = false, requiringOneOf literals: [String]) {
    let literals = LiteralSet(literals)
    self.init(source, caseInsensitive: caseInsensitive, prerequisite: { literals.occurs(in: $0) })
  }

  /// Compiles `source`, a pattern whose matches begin only where `starts` says: it is tried,
  /// anchored, at those places only (a speed-up for patterns that open with a look-behind,
  /// which the engine would otherwise try at every position).
  init(_ source: String, startingAt starts: MatchStarts) {
    self.init(source, caseInsensitive: false, prerequisite: { _ in true }, starts: starts)
  }

  /// One match: the whole range and the capture groups (nil when a group did not take part).
  public struct Match {
    /// The whole match.
    public let range: Range<String.Index>
    /// Capture groups, 1-based in the pattern, 0-based here.
    public let groups: [Range<String.Index>?]
  }

  /// All non-overlapping matches in `text`.
  public func matches(in text: String) -> [Match] {
    guard prerequisite(text) else { return [] }
    if let starts { return anchoredMatches(in: text, at: starts) }
    let whole = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: whole).compactMap { result in
      guard let range = Range(result.range, in: text) else { return nil }
      let groups = (1..<max(result.numberOfRanges, 1)).map { Range(result.range(at: $0), in: text) }
      return Match(range: range, groups: groups)
    }
  }

  /// The matches that start at `starts`' offsets, each tried on a window of the text that
  /// begins what the pattern's look-behind reads before it and spans the pattern's reach.
  private func anchoredMatches(in text: String, at starts: MatchStarts) -> [Match] {
    let bytes = text.utf8
    var found: [Match] = []
    var end = text.startIndex
    for offset in starts.offsets(in: text) {
      let start = bytes.index(bytes.startIndex, offsetBy: offset)
      guard start >= end else { continue }
      var windowStart = start
      for _ in 0..<starts.lookBehind where windowStart > text.startIndex {
        windowStart = text.unicodeScalars.index(before: windowStart)
      }
      let endOffset =
        bytes.withContiguousStorageIfAvailable { starts.windowEnd(in: $0, from: offset) }
        ?? Array(bytes).withUnsafeBufferPointer { starts.windowEnd(in: $0, from: offset) }
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
      found.append(Match(range: range, groups: groups))
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

  /// The first match in `text`, if any.
  public func firstMatch(in text: String) -> Match? {
    guard prerequisite(text) else { return nil }
    let whole = NSRange(text.startIndex..., in: text)
    guard let result = regex.firstMatch(in: text, range: whole),
      let range = Range(result.range, in: text)
    else { return nil }
    let groups = (1..<max(result.numberOfRanges, 1)).map { Range(result.range(at: $0), in: text) }
    return Match(range: range, groups: groups)
  }

  /// Whether `text` contains a match.
  public func isMatch(_ text: String) -> Bool {
    guard prerequisite(text) else { return false }
    return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  /// `text` with every match replaced by `template` (`$1` refers to a group).
  public func replacing(in text: String, with template: String) -> String {
    guard prerequisite(text) else { return text }
    return regex.stringByReplacingMatches(
      in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
  }
}
