extension Dateline {
  private static let notPlaces: Set<String> = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "le", "la", "les",
    "il", "elle", "ils", "elles", "nous", "on", "un", "une", "ce", "cette", "mais", "et",
  ]
  private static let timeWords = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "semaine", "hier", "aujourd", "demain", "mois", "jour", "année",
    "matin", "soir", "week-end", "récemment", "plus tôt", "cette", "dernier", "dernière",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// Reads a dateline at the start of `line`.
  /// - Returns: the dateline and the text of the line after it, or nil when the line does not
  ///   open with `Place - `.
  public static func parse(_ line: String) -> (dateline: Dateline, text: String)? {
    switch opening(of: line) {
    case nil: return nil
    case .known(let dash):
      return dateline(
        line, place: String(line[..<dash.lowerBound]), note: nil, when: nil,
        rest: line[dash.upperBound...])
    case .read(let placeRange, let noteRange, let whenRange, let restRange):
      var place = String(line[placeRange])
      var note = noteRange.map { String(line[$0]) }
      if let aside = note, !aside.contains(where: \.isNumber), aside.first?.isUppercase == true {
        place += " (\(aside))"
        note = nil
      }
      return dateline(
        line, place: place, note: note, when: whenRange.map { String(line[$0]) },
        rest: line[restRange])
    }
  }

  /// Whether `line` opens with a dateline (`parse(line) != nil`), without reading the rest.
  static func opens(_ line: String) -> Bool { opening(of: line) != nil }

  /// How a line opens with a dateline: read by the pattern, or a known place then a dash.
  private enum Opening {
    case read(
      place: Range<String.Index>, note: Range<String.Index>?, when: Range<String.Index>?,
      rest: Range<String.Index>)
    case known(dash: Range<String.Index>)
  }

  /// The dateline `line` opens with, before its time phrase is read; nil when it has none.
  /// The pattern is read by `DatelineReader`, on the lines whose start has its shape
  /// (`DatelineShape`).
  private static func opening(of line: String) -> Opening? {
    guard DatelineShape.mayOpen(line), let groups = DatelineReader.characterGroups(in: line),
      let placeRange = groups[0], let restRange = groups[3]
    else { return knownPlace(line).map { .known(dash: $0) } }
    let firstWord = line[placeRange].prefix { $0.isLetter }.lowercased()
    guard line[placeRange].count <= 60, !notPlaces.contains(firstWord) else { return nil }
    return .read(place: placeRange, note: groups[1], when: groups[2], rest: restRange)
  }

  /// The dateline once its place is read: the time phrase that opens `rest` (`Lundi,`,
  /// `12 mars 2021 -`) when `when` is not known yet, and the text after it.
  private static func dateline(
    _ line: String, place: String, note: String?, when: String?, rest: Substring
  ) -> (dateline: Dateline, text: String) {
    var textStart = rest.startIndex
    var when = when
    if when == nil, let dash = rest.range(ofText: " - ") ?? rest.range(ofText: " – "),
      rest.distance(from: rest.startIndex, to: dash.lowerBound) <= 40,
      isTimePhrase(String(rest[..<dash.lowerBound]))
    {
      when = String(rest[..<dash.lowerBound])
      textStart = dash.upperBound
    } else if when == nil, let comma = rest.firstIndex(of: ","),
      rest.distance(from: rest.startIndex, to: comma) <= 40,
      isTimePhrase(String(rest[..<comma]))
    {
      when = String(rest[..<comma])
    }
    let raw = line[..<textStart].trimmingWhiteSpace()
    return (Dateline(place: place, when: when, note: note, raw: raw), String(line[textStart...]))
  }

  /// The dash after a known place the pattern cannot read (`République démocratique du
  /// Congo – …`).
  private static func knownPlace(_ line: String) -> Range<String.Index>? {
    for dash in [" - ", " – ", " — "] {
      guard let range = line.range(ofText: dash),
        line.distance(from: line.startIndex, to: range.lowerBound) <= 60
      else { continue }
      return PlaceNames.contains(String(line[..<range.lowerBound])) ? range : nil
    }
    return nil
  }

  /// Whether `phrase` names a time: a date, a weekday or a relative phrase.
  static func isTimePhrase(_ phrase: String) -> Bool {
    let lower = phrase.lowercased()
    if lower.contains(where: \.isNumber) { return true }
    // In ASCII a word is where its bytes are (and no word beyond ASCII is): found byte for
    // byte, without Foundation's search.
    if lower.utf8.allSatisfy({ $0 < 0x80 }) {
      return timeWords.contains { lower.containsText($0) }
    }
    return timeWords.contains { lower.contains($0) }
  }
}
