import Foundation
import Testing

@testable import CommuniqueCore

/// The classes the name scanners read from `ScalarClass` against the regular-expression
/// engine they replace, on every Unicode scalar: the engine's Unicode version is not the
/// standard library's.
@Suite struct ScalarClassOracleTests {
  /// Every scalar.
  private static let scalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
  /// Every scalar after a line feed (so that none joins another), and each one's UTF-16
  /// offset in that text.
  private static let (text, scalarAt): (String, [Int: UInt32]) = {
    var view = String.UnicodeScalarView()
    var scalarAt: [Int: UInt32] = [:]
    var offset = 0
    for scalar in scalars {
      view.append("\n")
      scalarAt[offset + 1] = scalar.value
      view.append(scalar)
      offset += 1 + scalar.utf16.count
    }
    return (String(view), scalarAt)
  }()

  /// The scalars the engine finds with `pattern`, a class matching one scalar.
  private static func engineMatches(_ pattern: String) -> Set<UInt32> {
    let regex = try! NSRegularExpression(pattern: pattern)
    let matches = regex.matches(in: text, range: NSRange(location: 0, length: text.utf16.count))
    return Set(matches.compactMap { scalarAt[$0.range.location] })
  }

  @Test(arguments: [
    (#"\p{L}"#, ScalarClass.letter), (#"\p{Lu}"#, ScalarClass.upper),
    (#"\p{Ll}"#, ScalarClass.lower), (#"\s"#, ScalarClass.space), (#"\w"#, ScalarClass.word),
    (#"[\p{Grapheme_Extend}\p{Cf}]"#, ScalarClass.transparent),
  ])
  func classIsTheEngines(pattern: String, flag: UInt8) {
    let engine = Self.engineMatches(pattern)
    let mismatches = Self.scalars.filter { scalar in
      (ScalarClass.flags(scalar.value) & flag != 0) != engine.contains(scalar.value)
    }
    #expect(
      mismatches.isEmpty,
      "\(pattern): \(mismatches.count) scalars, \(mismatches.prefix(12).map { String($0.value, radix: 16) })"
    )
  }
}
