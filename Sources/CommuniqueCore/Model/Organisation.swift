/// A partner organisation named in a release, its mentions merged.
public struct Organisation: Codable, Sendable, Equatable, Hashable {
  /// The fullest name known: as spelled in the text, or from the built-in gazetteer.
  public var name: String
  /// The acronym, when one is known (`OIM`, `IDC`).
  public var acronym: String?
  /// Other names seen for it (a translation, another spelling).
  public var aliases: [String]
  /// How many times the text mentions it, by any of its names.
  public var mentions: Int

  /// Creates an organisation.
  public init(name: String, acronym: String?, aliases: [String] = [], mentions: Int = 1) {
    self.name = name
    self.acronym = acronym
    self.aliases = aliases
    self.mentions = mentions
  }
}
