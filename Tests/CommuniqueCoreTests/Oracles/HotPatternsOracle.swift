@testable import CommuniqueCore

/// The regular expressions the byte scanners took off the hot path, as they were: the oracles of
/// `HotPatternsOracleTests`.
enum HotPatternsOracle {
  private static let word = #"[\p{Lu}][\p{L}'’.\-]*"#
  private static let joiner = #"(?:[ ]+(?:(?:de|du|des|la|le|les|el|al|am|upon|on)[ ]+|d['’])?)"#
  /// Was `Dateline.pattern`.
  static let dateline = Pattern(
    "^(\(word)(?:\(joiner)\(word)){0,3}(?:[ ]*[,/][ ]*\(word)(?:\(joiner)\(word)){0,2}){0,2})"
      + #"[ ]*(?:\(([^()]{1,60})\))?(?:[ ]*,[ ]*((?:le[ ]+)?[0-9]{1,2}(?:er)?[ ]+[\p{L}]+\.?"#
      + #"(?:[ ]+[0-9]{4})?))?[ ]*[-–—][ ]+(\S.*)$"#)
  /// Was `ReleaseParser.subtitleSeparator`.
  static let subtitleSeparator = Pattern(#"\s+:\s+"#)

  /// The UTF-8 offsets of `range` in `text`.
  static func offsets(_ range: Range<String.Index>?, in text: String) -> Range<Int>? {
    guard let range else { return nil }
    let utf8 = text.utf8
    return utf8.distance(
      from: utf8.startIndex, to: range.lowerBound)..<utf8.distance(
        from: utf8.startIndex, to: range.upperBound)
  }

  /// The dateline pattern's groups on `line`, as UTF-8 offsets; nil when it does not match.
  static func datelineGroups(_ line: String) -> [Range<Int>?]? {
    dateline.firstMatch(in: line).map { match in match.groups.map { offsets($0, in: line) } }
  }

  /// Was `ReleaseParser.title`.
  static func title(_ line: String) -> (String, String?) {
    guard let match = subtitleSeparator.firstMatch(in: line) else {
      return (Typography.clean(line), nil)
    }
    let subtitle = Typography.clean(String(line[match.range.upperBound...]))
    return (
      Typography.clean(String(line[..<match.range.lowerBound])), subtitle.isEmpty ? nil : subtitle
    )
  }
}
