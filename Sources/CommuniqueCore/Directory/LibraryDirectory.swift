/// The partners and contacts of a whole library, merged across releases.
///
/// Partners are the same body when they share an acronym (through the gazetteer's aliases:
/// HCR = UNHCR); two different acronyms are never one partner. A name without acronym joins
/// the acronym the gazetteer, its own release, its own spelling (`ASDI`) or most releases
/// pair it with, never a chain of them; names paired with no acronym are merged up to case
/// and apostrophes. Partners are sorted by the number of releases naming them, then by name.
/// Contacts are the same person when they share an e-mail, or a phone under the same name (an
/// office's switchboard shared by two people keeps them apart); the latest release, in library
/// order, gives the name and office.
public struct LibraryDirectory: Sendable, Equatable {
  /// Partners, most cited first.
  public let partners: [DirectoryPartner]
  /// Contacts, in order of first appearance.
  public let contacts: [DirectoryContact]

  /// The directory of releases given in library order (oldest first).
  public init(releases: [Release]) {
    var builder = Builder()
    for release in releases { builder.add(ReleaseMentions(release)) }
    self = builder.build()
  }

  init(partners: [DirectoryPartner], contacts: [DirectoryContact]) {
    self.partners = partners
    self.contacts = contacts
  }
}
