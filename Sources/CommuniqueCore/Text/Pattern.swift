import Foundation

/// A compiled regular expression with a Swift-friendly surface, compiled once and shared.
///
/// `NSRegularExpression` is immutable and thread-safe, so patterns live in `static let`s.
public struct Pattern: @unchecked Sendable {
  private let regex: NSRegularExpression
  private let prerequisite: @Sendable (String) -> Bool

  /// Compiles `source`; a pattern in our own code that does not compile is a programming error.
  /// - Parameter prerequisite: a cheap test that every text with a match passes; texts that
  ///   fail it are not handed to the regular expression engine (a speed-up only: it must
  ///   never reject a text that has a match).
  public init(
    _ source: String, caseInsensitive: Bool = false,
    prerequisite: @escaping @Sendable (String) -> Bool = { _ in true }
  ) {
    self.prerequisite = prerequisite
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
    let whole = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: whole).compactMap { result in
      guard let range = Range(result.range, in: text) else { return nil }
      let groups = (1..<max(result.numberOfRanges, 1)).map { Range(result.range(at: $0), in: text) }
      return Match(range: range, groups: groups)
    }
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
