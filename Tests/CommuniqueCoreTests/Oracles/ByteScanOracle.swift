@testable import CommuniqueCore

/// The byte-at-a-time scans that `LiteralSet` and `PhoneNumber.digitCount` replaced with
/// scans eight bytes at a time or on the bytes.
enum ByteScanOracle {
  /// Was `LiteralSet.starts(in:)`: every offset where one of `literals` starts, byte by byte.
  static func literalStarts(_ literals: [String], in text: String) -> [Int] {
    let bytes = Array(text.utf8)
    let needles = literals.filter { !$0.isEmpty }.map { Array($0.utf8) }
    return bytes.indices.filter { start in
      needles.contains { needle in
        start + needle.count <= bytes.count
          && bytes[start..<start + needle.count].elementsEqual(needle)
      }
    }
  }

  /// Was `PhoneNumber.digitCount`: the characters that are ASCII digits.
  static func digitCount(_ text: some StringProtocol) -> Int {
    text.filter(\.isASCIIDigit).count
  }
}
