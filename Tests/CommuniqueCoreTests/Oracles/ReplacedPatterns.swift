@testable import CommuniqueCore

/// The regular expressions the hand-written scanners replaced, built from the same sources as
/// before: the oracles of `AppositionScanTests` and `AttributionScanTests`.
enum ReplacedPatterns {
  private static let role = #"([^«»]+?)"#
  private static let verb = QuoteExtractor.verb

  /// Was `PeopleExtractor.apposition`.
  static let apposition = Pattern(
    #"(?<![\p{L}])(\#(NamePattern.name))\s*,\s*(\#(NamePattern.roleWord)\b[^,.;:«»()]*)"#,
    prerequisite: { text in NamePattern.hasRoleWord(in: text) { head, _ in head.last == "," } })

  /// Was `PeopleExtractor.roleBeforeName`.
  static let roleBeforeName = Pattern(
    #"(?<![\p{L}])(?:le|la|Le|La)\s+(\#(NamePattern.roleWord)\b[^,.;:«»()]{0,120}?)\s*,\s+"#
      + #"(?:M\.\s+|Mme\s+)?(\#(NamePattern.name))\s*(?=[,.;)]|\s+[\p{Ll}])"#,
    prerequisite: { text in
      text.containsText(",")
        && NamePattern.hasRoleWord(in: text) { head, spaced in
          spaced
            && ["le", "la", "Le", "La"].contains { head.suffix(2).elementsEqual($0.unicodeScalars) }
        }
    })

  /// Was `QuoteExtractor.afterNamed`.
  static let afterNamed = Pattern(
    #"^\s*[,.]?\s*\#(verb)\s+(?:M\.\s+|Mme\s+)?(\#(NamePattern.name)|\#(NamePattern.token))"#
      + #"(?:\s*,\s*\#(role))?\s*(?:\.(?=\s+\p{Lu})|\.?\s*$|\.?\s*(?=«))"#
  )

  /// Was `QuoteExtractor.afterRoleThenName`.
  static let afterRoleThenName = Pattern(
    #"^\s*[,.]?\s*\#(verb)\s+(?:le|la|l['’])\s*([^,«»]{3,160}?)\s*,\s+(?:M\.\s+|Mme\s+)?"#
      + #"(\#(NamePattern.name))\s*(?:[.,]|$)"#
  )

  /// Was `QuoteExtractor.beforeSelon`.
  static let beforeSelon = Pattern(
    #"(?:Selon|D['’]après|Pour)\s+(?:M\.\s+|Mme\s+)?(\#(NamePattern.name))"#
      + #"(?:\s*,\s*\#(role))?\s*,\s*$"#
  )

  /// Was `QuoteExtractor.beforeVerb`.
  static let beforeVerb = Pattern(
    #"(?:^|[.!?]\s+|,\s+)(\#(NamePattern.name)|\#(NamePattern.token))"#
      + #"(?:\s*,\s*\#(role)\s*,)?\s+\#(verb)\s*(?:que\s*)?:?\s*$"#
  )

  /// Was `QuoteExtractor.circumstance`.
  static let circumstance = Pattern(
    #",\s+(?:lors|pendant|durant|dans|devant|après|avant|au cours|à l['’]occasion|en marge|"#
      + #"alors|car|mais|tout en|depuis|[\p{Ll}]+ant\b)"#
  )
}
