/// Whether a word has an acronym's shape: an upper-case letter, then at most eleven letters,
/// ASCII digits, `&` or `-`, and nothing else (but one line terminator at the very end).
///
/// What `^[\p{Lu}][\p{Lu}\p{Ll}0-9&\-]{0,11}$` matched, read on the scalars: the class has no
/// line terminator, so the greedy run ends at the end of the text or at a final terminator
/// (`$` matches before one: `\n`, U+000B, U+000C, `\r`, U+0085, U+2028, U+2029, or `\r\n`).
enum AcronymShape {
  /// Whether `text` has the shape.
  static func matches(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    var end = scalars.endIndex
    if end > scalars.startIndex {
      let last = scalars[scalars.index(before: end)]
      if isLineTerminator(last) {
        end = scalars.index(before: end)
        if last == "\n", end > scalars.startIndex, scalars[scalars.index(before: end)] == "\r" {
          end = scalars.index(before: end)
        }
      }
    }
    var index = scalars.startIndex
    guard index < end, ScalarClass.isUppercase(scalars[index]) else { return false }
    index = scalars.index(after: index)
    var count = 0
    while index < end {
      let scalar = scalars[index]
      guard count < 11, isBodyScalar(scalar) else { return false }
      count += 1
      index = scalars.index(after: index)
    }
    return true
  }

  /// `[\p{Lu}\p{Ll}0-9&\-]`.
  private static func isBodyScalar(_ scalar: Unicode.Scalar) -> Bool {
    ScalarClass.isUppercase(scalar) || ScalarClass.isLowercase(scalar)
      || ("0"..."9").contains(scalar) || scalar == "&" || scalar == "-"
  }

  /// A line terminator for ICU's `$`.
  private static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
    (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028
      || scalar.value == 0x2029
  }
}
