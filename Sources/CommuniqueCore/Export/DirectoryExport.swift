/// The directory's contacts and partners as CSV tables and vCards, for scripts and address books.
public enum DirectoryExport {
  /// Contacts as CSV: `name,office,phones,emails,releases`; several phones or e-mails are
  /// joined by `; `, release ids by a space.
  public static func contactsCSV(_ contacts: [DirectoryContact]) -> String {
    CSVWriter.table(
      header: ["name", "office", "phones", "emails", "releases"],
      rows: contacts.map { contact in
        [
          contact.name, contact.office ?? "",
          contact.phones.map { PhoneNumber.tidy($0.raw) }.joined(separator: "; "),
          contact.emails.joined(separator: "; "),
          contact.releases.map(\.id).joined(separator: " "),
        ]
      })
  }

  /// Partners as CSV: `count,acronym,name,aliases,releases`; aliases joined by `; `, release
  /// ids by a space.
  public static func partnersCSV(_ partners: [DirectoryPartner]) -> String {
    CSVWriter.table(
      header: ["count", "acronym", "name", "aliases", "releases"],
      rows: partners.map { partner in
        [
          String(partner.count), partner.acronym ?? "", partner.name,
          partner.aliases.joined(separator: "; "),
          partner.releases.map(\.id).joined(separator: " "),
        ]
      })
  }

  /// One vCard per contact, the titles of its releases in `NOTE` (one per line).
  public static func vCards(_ contacts: [DirectoryContact]) -> String {
    contacts.map { contact in
      VCardWriter.card(
        for: contact.contact, note: contact.releases.map(\.title).joined(separator: "\n"))
    }.joined()
  }
}
