/// Whole numbers as French writes them: groups of three digits joined by a no-break space
/// (`10 000`).
public enum FrenchNumber {
  /// `number` with its thousands separated by U+00A0.
  public static func format(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var grouped = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append("\u{A0}") }
      grouped.append(digit)
    }
    return (number < 0 ? "-" : "") + grouped
  }
}
