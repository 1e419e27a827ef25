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
