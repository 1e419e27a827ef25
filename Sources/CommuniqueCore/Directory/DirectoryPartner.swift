/// A partner organisation across the library: its names merged, the releases naming it.
public struct DirectoryPartner: Encodable, Sendable, Equatable {
  /// The name most releases use (the gazetteer's on a tie).
  public var name: String
  /// The acronym, when one is known.
  public var acronym: String?
  /// Other names and acronyms seen for it.
  public var aliases: [String]
  /// The releases naming it, in library order.
  public var releases: [ReleaseReference]

  /// How many releases name it.
  public var count: Int { releases.count }

  /// Creates a partner.
  public init(name: String, acronym: String?, aliases: [String], releases: [ReleaseReference]) {
    self.name = name
    self.acronym = acronym
    self.aliases = aliases
    self.releases = releases
  }

  private enum CodingKeys: String, CodingKey { case name, acronym, aliases, count, releases }

  /// Encodes the fields and `count`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encodeIfPresent(acronym, forKey: .acronym)
    try container.encode(aliases, forKey: .aliases)
    try container.encode(count, forKey: .count)
    try container.encode(releases, forKey: .releases)
  }
}
