import ArgumentParser
import CommuniqueIndex
import Foundation

/// `communique search QUERY [DIR] [--json] [--limit N]`: ranked results with a snippet.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract:
      "Cherche dans tous les communiqués (mots, \"phrase exacte\", -mot, org:, personne:, lieu:).",
    discussion: """
      Les mots sont tous requis, sans égard aux accents ni à la casse, par préfixe (detent \
      trouve détention) et par racine (rapatriement trouve rapatriés). Les résultats sont \
      classés par pertinence (titre et partenaires avant le corps du texte).
      """)

  @Argument(help: "La requête (mettez-la entre apostrophes dans le shell).")
  var query: String

  @Option(name: .long, help: "Nombre maximal de résultats (20 par défaut).")
  var limit = 20

  @Flag(name: .long, help: "Résultats en JSON.")
  var json = false

  @OptionGroup var options: LibraryOptions

  func run() throws {
    try reportingFailures {
      guard limit > 0 else { throw CommandFailure("--limit doit être positif", code: 2) }
      let (index, _) = try options.refreshedIndex()
      let results = try index.search(query, limit: limit)
      if json {
        print(try SearchJSON.encode(results))
      } else {
        for hit in results.hits {
          print([hit.releaseID, hit.title].map(StandardOutput.safe).joined(separator: "\t"))
          if !hit.snippet.isEmpty { print("    " + StandardOutput.safe(hit.snippet)) }
        }
        let more = results.isTotalCapped ? "+" : ""
        Diagnostics.warn(
          "\(results.total)\(more) résultat(s) pour «\u{00A0}\(results.query)\u{00A0}»")
      }
    }
  }
}
