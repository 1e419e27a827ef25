/// What a web page leaves behind in its text: a template block (`[block:views=…]`).
enum SiteRemnant {
  /// Whether `text` is a template remnant: a bracketed `name:value` with no space.
  static func matches(_ text: String) -> Bool {
    // Only the bytes of `[` make the character `[`: most lines are turned away by their first.
    guard text.utf8.first == UInt8(ascii: "["), text.hasPrefix("["), text.hasSuffix("]"),
      text.utf8.count <= 200
    else { return false }
    let inner = text.dropFirst().dropLast()
    return inner.contains(":") && !inner.contains(" ")
  }
}
