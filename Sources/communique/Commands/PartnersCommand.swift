import ArgumentParser
import CommuniqueCore
import CommuniqueIndex

/// `communique partners [DIR] [--format text|json|csv] [--release ID]`: the organisations
/// named across the library, merged, most cited first.
struct PartnersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "partners",
    abstract: "Liste les partenaires cités, avec le nombre de communiqués qui les nomment.",
    discussion: """
      text\u{00A0}: le nombre de communiqués, une tabulation, «\u{00A0}SIGLE — Nom\u{00A0}»\u{00A0}; json et csv \
      (RFC 4180) sont décrits dans le README.
      """)

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
  }

  @OptionGroup var options: DirectoryOptions

  @Option(name: .long, help: "Format de sortie\u{00A0}: text, json ou csv.")
  var format: Format = .text

  func run() throws {
    try reportingFailures {
      let partners = try options.directory(.partners).partners
      switch format {
      case .text:
        for partner in partners {
          let organisation = Organisation(name: partner.name, acronym: partner.acronym)
          print("\(partner.count)\t" + StandardOutput.safe(PartnerLine.text(organisation)))
        }
      case .json: print(try ReleaseJSON.encode(partners))
      case .csv: print(DirectoryExport.partnersCSV(partners), terminator: "")
      }
    }
  }
}
