/// A press contact across the library: one person, the releases giving them.
public struct DirectoryContact: Codable, Sendable, Equatable {
  /// The name, as the latest release writes it.
  public var name: String
  /// The office given by the latest release that gives one.
  public var office: String?
  /// Every phone seen, without repeats (by E.164, else as written).
  public var phones: [Phone]
  /// Every e-mail seen, without repeats (case-insensitive).
  public var emails: [String]
  /// The releases giving this contact, in library order.
  public var releases: [ReleaseReference]

  /// Creates a contact entry.
  public init(
    name: String, office: String?, phones: [Phone], emails: [String],
    releases: [ReleaseReference]
  ) {
    self.name = name
    self.office = office
    self.phones = phones
    self.emails = emails
    self.releases = releases
  }

  /// The entry as a plain contact (for the one-line form and vCards).
  public var contact: Contact {
    Contact(name: name, office: office, phones: phones, emails: emails)
  }
}
