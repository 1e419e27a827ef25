/// What a web page leaves behind in its text: a template block (`[block:views=…]`).
enum SiteRemnant {
  /// Whether `text` is a template remnant: a bracketed `name:value` with no space.
  static func matches(_ text: String) -> Bool {
    guard text.hasPrefix("["), text.hasSuffix("]"), text.utf8.count <= 200 else { return false }
    let inner = text.dropFirst().dropLast()
    return inner.contains(":") && !inner.contains(" ")
  }
}
