import ArgumentParser

/// The `communique` command: a terminal reader for IOM press releases in French.
@main
struct Communique: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "communique",
    abstract: "Lecteur en terminal des communiqués de presse de l’OIM.",
    discussion: """
      Sans sous-commande, ouvre le lecteur sur le dossier des communiqués (./Content par \
      défaut, ou --library, ou la variable COMMUNIQUE_LIBRARY, ou le réglage library de \
      config.toml). Version \(Version.current).
      """,
    version: Version.current,
    subcommands: [
      Browse.self, ListCommand.self, ShowCommand.self, ParseCommand.self, ContactsCommand.self,
      PartnersCommand.self, SearchCommand.self, IndexCommand.self, MarkCommand.self,
      ConfigCommand.self, BenchFrame.self, ManualSections.self,
    ],
    defaultSubcommand: Browse.self
  )
}
