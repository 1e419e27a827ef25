/// `ScalarText`'s word boundaries read from a table for the scalars below U+0300 (built from
/// the same test), so that a search does not ask the scalars' Unicode properties at every word.
enum WordScalars {
  /// The scalar values the table covers.
  private static let limit = 0x300
  /// Whether each scalar below `limit` is a word's: an ASCII letter or digit, or beyond ASCII
  /// alphabetic or numeric.
  private static let table: [Bool] = (0..<limit).map { value in
    isWordScalar(Unicode.Scalar(UInt32(value))!)
  }

  /// Runs `body` with the table, read through a buffer (no access to the static per scalar).
  static func withTable<Result>(_ body: (UnsafeBufferPointer<Bool>) -> Result) -> Result {
    table.withUnsafeBufferPointer(body)
  }

  /// `ScalarText.isBoundary(before:)` on the text's scalars; `table` is `withTable`'s.
  @inline(__always)
  static func isBoundary(
    before index: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
    _ table: UnsafeBufferPointer<Bool>
  ) -> Bool {
    index == 0 || !isWord(scalars[index - 1], table)
  }

  /// `ScalarText.isBoundary(after:)` on the text's scalars; `table` is `withTable`'s.
  @inline(__always)
  static func isBoundary(
    after index: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
    _ table: UnsafeBufferPointer<Bool>
  ) -> Bool {
    index >= scalars.count || !isWord(scalars[index], table)
  }

  /// Whether `scalar` belongs to a word, from the table when it covers it.
  @inline(__always)
  private static func isWord(_ scalar: Unicode.Scalar, _ table: UnsafeBufferPointer<Bool>)
    -> Bool
  {
    scalar.value < table.count ? table[Int(scalar.value)] : isWordScalar(scalar)
  }

  /// `ScalarText`'s test of a word's scalar.
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20
      return (97...122).contains(value) || (48...57).contains(scalar.value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
