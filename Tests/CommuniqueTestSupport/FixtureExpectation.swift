import CommuniqueCore
import Foundation

/// What a fixture's `*.expected.json` says the parser must extract. Every field but the
/// title is optional: a field that is absent is not checked.
public struct FixtureExpectation: Decodable, Sendable {
  /// An expected quote: how its text starts and who said it.
  public struct ExpectedQuote: Decodable, Sendable {
    public var startsWith: String
    public var speaker: String?
    public var role: String?
    /// Whether the JSON gave `role` (null included), so that absent means "not checked".
    public var checksRole: Bool

    enum CodingKeys: String, CodingKey { case startsWith, speaker, role }

    public init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      startsWith = try container.decode(String.self, forKey: .startsWith)
      speaker = try container.decodeIfPresent(String.self, forKey: .speaker)
      checksRole = container.contains(.role)
      role = try container.decodeIfPresent(String.self, forKey: .role)
    }
  }

  /// An organisation that must be found.
  public struct ExpectedOrganisation: Decodable, Sendable {
    public var name: String
    public var acronym: String?
  }

  /// A person that must be found.
  public struct ExpectedPerson: Decodable, Sendable {
    public var name: String
    public var role: String?
  }

  /// A contact, compared exactly.
  public struct ExpectedContact: Decodable, Sendable {
    public var name: String
    public var office: String?
    public var phones: [String]
    public var phonesRaw: [String]?
    public var emails: [String]
  }

  /// A dateline (place and when-phrase).
  public struct ExpectedDateline: Decodable, Sendable {
    public var place: String
    public var when: String?
  }

  public var title: String
  public var subtitle: String??
  public var kind: String?
  public var dateline: ExpectedDateline??
  public var paragraphCount: Int?
  public var firstParagraphStartsWith: String?
  public var lastParagraphEndsWith: String?
  public var paragraphsContain: [String]?
  public var textMustNotContain: [String]?
  public var quotes: [ExpectedQuote]?
  public var organisations: [ExpectedOrganisation]?
  public var notOrganisations: [String]?
  public var people: [ExpectedPerson]?
  /// Names that must not be taken for people (places, bodies, words of a menu).
  public var notPeople: [String]?
  public var contacts: [ExpectedContact]?

  enum CodingKeys: String, CodingKey {
    case title, subtitle, kind, dateline, paragraphCount, firstParagraphStartsWith
    case lastParagraphEndsWith, paragraphsContain, textMustNotContain, quotes, organisations
    case notOrganisations, people, notPeople, contacts
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    title = try container.decode(String.self, forKey: .title)
    subtitle =
      container.contains(.subtitle)
      ? .some(try container.decodeIfPresent(String.self, forKey: .subtitle)) : nil
    dateline =
      container.contains(.dateline)
      ? .some(try container.decodeIfPresent(ExpectedDateline.self, forKey: .dateline)) : nil
    kind = try container.decodeIfPresent(String.self, forKey: .kind)
    paragraphCount = try container.decodeIfPresent(Int.self, forKey: .paragraphCount)
    firstParagraphStartsWith = try container.decodeIfPresent(
      String.self, forKey: .firstParagraphStartsWith)
    lastParagraphEndsWith = try container.decodeIfPresent(
      String.self, forKey: .lastParagraphEndsWith)
    paragraphsContain = try container.decodeIfPresent([String].self, forKey: .paragraphsContain)
    textMustNotContain = try container.decodeIfPresent([String].self, forKey: .textMustNotContain)
    quotes = try container.decodeIfPresent([ExpectedQuote].self, forKey: .quotes)
    organisations = try container.decodeIfPresent(
      [ExpectedOrganisation].self, forKey: .organisations)
    notOrganisations = try container.decodeIfPresent([String].self, forKey: .notOrganisations)
    people = try container.decodeIfPresent([ExpectedPerson].self, forKey: .people)
    notPeople = try container.decodeIfPresent([String].self, forKey: .notPeople)
    contacts = try container.decodeIfPresent([ExpectedContact].self, forKey: .contacts)
  }

  /// The names of every fixture that has an expectation file, sorted.
  public static func fixtureNames() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.path)) ?? []
    return names.filter { $0.hasSuffix(".expected.json") }
      .map { String($0.dropLast(".expected.json".count)) }.sorted()
  }

  /// The expectation of fixture `name`.
  public static func load(_ name: String) throws -> FixtureExpectation {
    let url = Fixtures.folder.appendingPathComponent("\(name).expected.json")
    return try JSONDecoder().decode(FixtureExpectation.self, from: Data(contentsOf: url))
  }
}

/// Name comparison as the fixtures mean it: case-insensitive, both apostrophes equal.
public func foldedName(_ text: String) -> String {
  text.lowercased().replacingOccurrences(of: "’", with: "'")
}
