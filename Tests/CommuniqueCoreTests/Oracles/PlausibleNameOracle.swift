@testable import CommuniqueCore

/// `NamePattern.isPlausibleName` as it was before plain names were read on their bytes (the
/// oracle of `PeopleScanOracleTests`).
enum PlausibleNameOracle {
  /// Whether `candidate` reads as a person's name rather than a sentence opening or a body.
  static func isPlausibleName(_ candidate: String) -> Bool {
    let words = SpacedWords.split(candidate)
    guard let first = words.first else { return false }
    let shouted = words.filter { $0.count > 1 && $0.allSatisfy(\.isUppercase) }
    // A surname in capitals (`Sidiki KABA`) is a name; an acronym or only capitals is not.
    let opening = first.lowercased()
    let opensName =
      !PersonWords.notNameStarts.contains(opening) && !PersonWords.honorifics.contains(opening)
    return opensName && shouted.count < words.count
      && !shouted.contains {
        Gazetteer.entry(for: String($0)) != nil || KnownOrganisations.isKnown(String($0))
      }
  }
}
