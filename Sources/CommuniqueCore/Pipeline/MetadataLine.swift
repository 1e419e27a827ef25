/// English page metadata that some scraped pages carry (`Published Date: 2020-05-12`).
enum MetadataLine {
  private static let keys: Set<String> = [
    "published date", "date published", "country", "countries", "region", "tags", "topic",
    "topics", "language", "author", "source", "type", "published", "updated", "last updated",
    "location", "date", "category",
  ]

  /// Whether `text` is a metadata line: a known English key, a colon, a value.
  static func matches(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":") else { return false }
    let key = text[..<colon].trimmingWhiteSpace().lowercased()
    return keys.contains(key) && text.count <= 120
  }
}
