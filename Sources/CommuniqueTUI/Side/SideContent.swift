import CommuniqueCore

/// The rows of the side pane for a release: partners, people, contacts.
public struct SideContent: Equatable, Sendable {
  /// The rows in order.
  public let rows: [SideRow]

  /// Indices in `rows` of the selectable entries.
  public var entries: [Int] { rows.indices.filter { rows[$0].kind == .entry } }

  /// The rows for a release (no rows without one).
  public init(release: Release?) {
    guard let release else {
      rows = []
      return
    }
    var rows = [SideRow(text: "Partenaires", kind: .heading)]
    if release.organisations.isEmpty { rows.append(Self.none) }
    for organisation in release.organisations {
      let text = [organisation.acronym, organisation.name].compactMap { $0 }
        .joined(separator: "  ")
      rows.append(SideRow(text: text, copyText: organisation.name, role: .organisation))
    }
    rows.append(SideRow(text: "Personnes", kind: .heading))
    if release.people.isEmpty { rows.append(Self.none) }
    for person in release.people {
      let text = [person.name, person.role].compactMap { $0 }.joined(separator: " — ")
      rows.append(SideRow(text: text, copyText: text, role: .person))
    }
    rows.append(SideRow(text: "Contacts", kind: .heading))
    if release.contacts.isEmpty { rows.append(Self.none) }
    for contact in release.contacts {
      rows.append(contentsOf: Self.rows(for: contact))
    }
    self.rows = rows
  }

  private static let none = SideRow(text: "aucun", kind: .note, indent: 2)

  private static func rows(for contact: Contact) -> [SideRow] {
    let heading = [contact.name, contact.office].compactMap { $0 }.joined(separator: ", ")
    var rows = [SideRow(text: heading, copyText: contact.line, contact: contact, role: .contact)]
    for phone in contact.phones {
      let shown = PhoneNumber.tidy(phone.raw)
      rows.append(
        SideRow(text: shown, indent: 2, copyText: shown, contact: contact, role: .contact))
    }
    for email in contact.emails {
      rows.append(
        SideRow(text: email, indent: 2, copyText: email, contact: contact, role: .contact))
    }
    return rows
  }
}
