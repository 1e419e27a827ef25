import Foundation

/// The line that opens the contacts section (`Pour plus d’informations, veuillez contacter :`).
enum ContactsHeader {
  private static let pattern = Pattern(
    #"^(pour (plus d|de plus amples|toute (information|question|demande)|tout renseignement|"#
      + #"en savoir plus|les demandes)|contacts?( (presse|médias?|pour les médias))?\s*:|for "#
      + #"(more|further) information|media contacts?|press contacts?)"#,
    caseInsensitive: true)

  static func matches(_ text: String) -> Bool {
    guard let first = text.utf8.first, "PpCcFfMm".utf8.contains(first), text.utf8.count < 600
    else { return false }
    if let known = ContactsHeaderReader.matches(text) { return known }
    return pattern.isMatch(
      text.containsText("’") ? text.replacingOccurrences(of: "’", with: "'") : text)
  }
}
