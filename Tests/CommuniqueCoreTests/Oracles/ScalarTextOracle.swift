@testable import CommuniqueCore

/// `ScalarText`'s decoding and folding as they were before `ScalarDecoding` read eight ASCII
/// bytes at a time and folded from tables, kept as the oracle of `SpanStageOracleTests`.
enum ScalarTextOracle {
  /// `Array(text.unicodeScalars)` and its folded twin.
  static func decode(_ text: String) -> (scalars: [Unicode.Scalar], folded: [Unicode.Scalar]) {
    let scalars = Array(text.unicodeScalars)
    return (scalars, scalars.map(fold))
  }

  /// The folded form of one scalar (itself when folding would change the length).
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.isASCII {
      return scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
    if scalar == "’" { return "'" }
    switch scalar.value {
    case 0xD7: return scalar
    case 0xC0...0xDE: return Unicode.Scalar(scalar.value + 0x20)!
    case 0xDF...0xFF: return scalar
    default: break
    }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first! : scalar
  }
}
