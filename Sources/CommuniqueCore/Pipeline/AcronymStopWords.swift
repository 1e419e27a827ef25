import Foundation

/// The tokens that look like acronyms but name no body: `Gazetteer.notOrganisations` (`ONG`,
/// `PIB`) and the honorifics in capitals (`SEM`). Looked up on the bytes of a token in Latin-1
/// (or with `’`), which is in normal form C, in sets of the words' forms C: a `String` of the
/// lists equals such a token exactly when its form C has the token's bytes.
enum AcronymStopWords {
  private static let notOrganisations = ByteWordSet(
    Gazetteer.notOrganisations.map(\.precomposedStringWithCanonicalMapping))
  private static let honorifics = ByteWordSet(
    PersonWords.honorifics.map(\.precomposedStringWithCanonicalMapping))

  /// `Gazetteer.notOrganisations.contains(token)` or
  /// `PersonWords.honorifics.contains(LatinLowercase.of(token))`.
  static func contains(_ token: String) -> Bool {
    let honorific = LatinKeyBytes.with(token, LatinKeyBytes.lowercased) { lower in
      honorifics.contains(lower, lower.indices)
    }
    guard let honorific else {
      return Gazetteer.notOrganisations.contains(token)
        || PersonWords.honorifics.contains(LatinLowercase.of(token))
    }
    if honorific { return true }
    var token = token
    return token.withUTF8 { notOrganisations.contains($0, $0.indices) }
  }
}
