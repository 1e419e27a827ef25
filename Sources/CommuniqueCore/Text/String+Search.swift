extension StringProtocol {
  /// Whether `needle` occurs in the string, compared byte for byte in UTF-8 (no locale, no
  /// Foundation bridging: a hot path of the parser).
  func containsText(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return true }
    let bytes = Array(utf8)
    guard bytes.count >= pattern.count else { return false }
    var index = 0
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == first
        && bytes[index..<index + pattern.count].elementsEqual(pattern)
      {
        return true
      }
      index += 1
    }
    return false
  }
}
