@testable import CommuniqueCore

/// `OrganisationRegistry.fold` as it was before it read Latin-1 names on their bytes: the
/// elision stripped as a `String`, then lower-cased, or folded scalar by scalar.
enum RegistryFoldOracle {
  /// The old `OrganisationRegistry.fold(_:)`.
  static func fold(_ name: String) -> String {
    let name = AcronymPairing.stripElision(name)
    if let folded = LatinLowercase.latin1(name) { return folded }
    var bytes: [UInt8] = []
    for scalar in name.unicodeScalars {
      UTF8.encode(ScalarText.fold(scalar)) { bytes.append($0) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
