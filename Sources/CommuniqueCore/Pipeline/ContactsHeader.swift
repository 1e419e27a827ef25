import Foundation

/// The line that opens the contacts section (`Pour plus d’informations, veuillez contacter :`).
enum ContactsHeader {
  private static let pattern = Pattern(
    #"^(pour (plus d|de plus amples|toute (information|question|demande)|tout renseignement|"#
      + #"en savoir plus|les demandes)|contacts?( (presse|médias?|pour les médias))?\s*:|for "#
      + #"(more|further) information|media contacts?|press contacts?)"#,
    caseInsensitive: true)

  static func matches(_ text: String) -> Bool {
    guard let first = text.utf8.first, opensHeader(first), text.utf8.count < 600 else {
      return false
    }
    if let known = ContactsHeaderReader.matches(text) { return known }
    return pattern.isMatch(
      text.containsText("’") ? text.replacingOccurrences(of: "’", with: "'") : text)
  }

  /// Whether a header may open with the byte `first`: `p`, `c`, `f` or `m`, in either case.
  private static func opensHeader(_ first: UInt8) -> Bool {
    switch first {
    case UInt8(ascii: "P"), UInt8(ascii: "p"), UInt8(ascii: "C"), UInt8(ascii: "c"),
      UInt8(ascii: "F"), UInt8(ascii: "f"), UInt8(ascii: "M"), UInt8(ascii: "m"):
      return true
    default: return false
    }
  }
}
