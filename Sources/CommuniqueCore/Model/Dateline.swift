/// The `Place - when` opening of a release body (`Tripoli - La semaine dernière, …`).
public struct Dateline: Codable, Sendable, Equatable {
  /// The place as written: a city, `City, Country` or `City/City`.
  public var place: String
  /// The date or relative phrase after the dash, up to the first comma (`La semaine dernière`).
  public var when: String?
  /// A parenthesised note carried by the dateline, such as `actualisé le 15/04/2021`.
  public var note: String?
  /// The dateline exactly as it opened the body, dash included.
  public var raw: String

  /// Creates a dateline.
  public init(place: String, when: String?, note: String? = nil, raw: String) {
    self.place = place
    self.when = when
    self.note = note
    self.raw = raw
  }
}
