import ArgumentParser
import CommuniqueCore
import CommuniqueIndex

/// `communique contacts [DIR] [--format text|json|csv|vcard] [--release ID]`: the press
/// contacts of the library, each person once.
struct ContactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "contacts",
    abstract: "Liste les contacts presse de tous les communiqués, chaque personne une fois.",
    discussion: """
      text\u{00A0}: «\u{00A0}nom, bureau, téléphones, e-mails\u{00A0}» puis une tabulation et les identifiants des \
      communiqués\u{00A0}; json, csv (RFC 4180) et vcard (vCard 4.0) sont décrits dans le README.
      """)

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, vcard
  }

  @OptionGroup var options: DirectoryOptions

  @Option(name: .long, help: "Format de sortie\u{00A0}: text, json, csv ou vcard.")
  var format: Format = .text

  func run() throws {
    try reportingFailures {
      let contacts = try options.directory(.contacts).contacts
      switch format {
      case .text:
        for contact in contacts {
          let ids = contact.releases.map(\.id).joined(separator: ",")
          print(StandardOutput.safe(contact.contact.line) + "\t" + ids)
        }
      case .json: print(try ReleaseJSON.encode(contacts))
      case .csv: print(DirectoryExport.contactsCSV(contacts), terminator: "")
      case .vcard: print(DirectoryExport.vCards(contacts), terminator: "")
      }
    }
  }
}
