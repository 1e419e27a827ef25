/// What the library directory needs of one release: which release, the organisations it names
/// and the press contacts it gives; a cache can keep this instead of the whole `Release`.
public struct ReleaseMentions: Sendable, Equatable {
  /// The release.
  public var reference: ReleaseReference
  /// Its partner organisations.
  public var organisations: [Organisation]
  /// Its press contacts.
  public var contacts: [Contact]

  /// Creates mentions from their parts.
  public init(
    reference: ReleaseReference, organisations: [Organisation], contacts: [Contact]
  ) {
    self.reference = reference
    self.organisations = organisations
    self.contacts = contacts
  }

  /// The mentions of a parsed release.
  public init(_ release: Release) {
    self.init(
      reference: ReleaseReference(release), organisations: release.organisations,
      contacts: release.contacts)
  }
}
