/// A press release after parsing: the clean text and everything extracted from it.
///
/// This is the shape of `communique parse --json`; its field names are stable and
/// documented in the README.
public struct Release: Codable, Sendable, Equatable, Identifiable {
  /// Stable identifier: the first 16 hex digits of a hash of the file's bytes.
  public var id: String
  /// Where the release was read from, as given to the parser.
  public var sourcePath: String
  /// What kind of page this is (news release, speech or statement).
  public var kind: ReleaseKind
  /// The title, without its subtitle.
  public var title: String
  /// The part of the title after ` : `, when there is one.
  public var subtitle: String?
  /// The `Place - when` opening of the body, when the release has one.
  public var dateline: Dateline?
  /// For speeches: the line naming who speaks, in place of a dateline.
  public var speakerLine: String?
  /// The body, one entry per paragraph, reflowed and cleaned.
  public var paragraphs: [Paragraph]
  /// Quotations with who said them.
  public var quotes: [Quote]
  /// Partner organisations named in the text.
  public var organisations: [Organisation]
  /// People named with a role.
  public var people: [Person]
  /// Press contacts.
  public var contacts: [Contact]
  /// What the parser could not make sense of.
  public var warnings: [ParseWarning]

  /// Creates a release from its parts.
  public init(
    id: String, sourcePath: String, kind: ReleaseKind = .news, title: String,
    subtitle: String? = nil, dateline: Dateline? = nil, speakerLine: String? = nil,
    paragraphs: [Paragraph] = [], quotes: [Quote] = [], organisations: [Organisation] = [],
    people: [Person] = [], contacts: [Contact] = [], warnings: [ParseWarning] = []
  ) {
    self.id = id
    self.sourcePath = sourcePath
    self.kind = kind
    self.title = title
    self.subtitle = subtitle
    self.dateline = dateline
    self.speakerLine = speakerLine
    self.paragraphs = paragraphs
    self.quotes = quotes
    self.organisations = organisations
    self.people = people
    self.contacts = contacts
    self.warnings = warnings
  }

  /// The title with its subtitle, as a reader shows it.
  public var fullTitle: String {
    guard let subtitle else { return title }
    return "\(title) : \(subtitle)"
  }
}

/// The kind of page a release comes from.
public enum ReleaseKind: String, Codable, Sendable, Equatable {
  /// A news release (most pages).
  case news
  /// A speech or statement: no dateline, a speaker line instead.
  case speech
}
