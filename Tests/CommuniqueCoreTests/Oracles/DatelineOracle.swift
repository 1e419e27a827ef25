import Foundation

@testable import CommuniqueCore

/// `Dateline.parse` as it was before `Dateline.opens` shared its reading of the place.
enum DatelineOracle {
  private static let word = #"[\p{Lu}][\p{L}'’.\-]*"#
  private static let joiner = #"(?:[ ]+(?:(?:de|du|des|la|le|les|el|al|am|upon|on)[ ]+|d['’])?)"#
  private static let pattern = Pattern(
    "^(\(word)(?:\(joiner)\(word)){0,3}(?:[ ]*[,/][ ]*\(word)(?:\(joiner)\(word)){0,2}){0,2})"
      + #"[ ]*(?:\(([^()]{1,60})\))?(?:[ ]*,[ ]*((?:le[ ]+)?[0-9]{1,2}(?:er)?[ ]+[\p{L}]+\.?"#
      + #"(?:[ ]+[0-9]{4})?))?[ ]*[-–—][ ]+(\S.*)$"#,
    requiringOneOf: ["- ", "– ", "— "])
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
  static func parse(_ line: String) -> (dateline: Dateline, text: String)? {
    guard let match = pattern.firstMatch(in: line), let placeRange = match.groups[0],
      let restRange = match.groups[3]
    else { return knownPlace(line) }
    let firstWord = line[placeRange].prefix { $0.isLetter }.lowercased()
    guard line[placeRange].count <= 60, !notPlaces.contains(firstWord) else { return nil }
    var place = String(line[placeRange])
    var note = match.groups[1].map { String(line[$0]) }
    if let aside = note, !aside.contains(where: \.isNumber), aside.first?.isUppercase == true {
      place += " (\(aside))"
      note = nil
    }
    return dateline(
      line, place: place, note: note, when: match.groups[2].map { String(line[$0]) },
      rest: line[restRange])
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

  /// A dateline whose place is a known place the pattern cannot read
  /// (`République démocratique du Congo – …`).
  private static func knownPlace(_ line: String) -> (dateline: Dateline, text: String)? {
    for dash in [" - ", " – ", " — "] {
      guard let range = line.range(ofText: dash),
        line.distance(from: line.startIndex, to: range.lowerBound) <= 60
      else { continue }
      let place = String(line[..<range.lowerBound])
      guard PlaceNames.contains(place) else { return nil }
      return dateline(line, place: place, note: nil, when: nil, rest: line[range.upperBound...])
    }
    return nil
  }

  /// Whether `phrase` names a time: a date, a weekday or a relative phrase.
  private static func isTimePhrase(_ phrase: String) -> Bool {
    let lower = phrase.lowercased()
    if lower.contains(where: \.isNumber) { return true }
    return timeWords.contains { lower.contains($0) }
  }
}
