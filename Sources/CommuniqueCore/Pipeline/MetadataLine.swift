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

/// A line that only dates the page (`27 nov 2023`, `12/03/2021`, `Mardi 3 mars 2020`).
enum DateLine {
  private static let months: Set<String> = [
    "janv", "janvier", "févr", "fév", "février", "mars", "avr", "avril", "mai", "juin", "juil",
    "juillet", "août", "sept", "septembre", "oct", "octobre", "nov", "novembre", "déc",
    "décembre", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
  ]
  private static let weekdays: Set<String> = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  ]

  /// Whether `text` is nothing but a date: numbers, month names and weekdays, and at least one
  /// number.
  static func matches(_ text: String) -> Bool {
    guard text.utf8.count <= 40, text.contains(where: \.isNumber) else { return false }
    let words = text.lowercased().split {
      $0 == " " || $0 == "/" || $0 == "." || $0 == "-" || $0 == ","
    }
    return !words.isEmpty
      && words.allSatisfy { word in
        word.allSatisfy(\.isNumber) || months.contains(String(word))
          || weekdays.contains(String(word))
          || word == "er" || word == "1er" || word == "le"
      }
  }
}

/// What a web page leaves behind in its text: a template block (`[block:views=…]`).
enum SiteRemnant {
  /// Whether `text` is a template remnant: a bracketed `name:value` with no space.
  static func matches(_ text: String) -> Bool {
    guard text.hasPrefix("["), text.hasSuffix("]"), text.utf8.count <= 200 else { return false }
    let inner = text.dropFirst().dropLast()
    return inner.contains(":") && !inner.contains(" ")
  }
}
