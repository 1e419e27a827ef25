import ArgumentParser
import CommuniqueConfig

/// `communique config`: the configuration in effect, every entry written out with what it does
/// and its default, ready to copy to `config.toml`.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Affiche la configuration en vigueur, valeurs par défaut comprises.",
    discussion: """
      Le texte est un fichier config.toml complet et commenté\u{00A0}: le copier dans \
      $XDG_CONFIG_HOME/communique/config.toml (par défaut ~/.config/communique/config.toml) \
      ne change rien. Les entrées inutilisables du fichier sont signalées sur l’erreur standard.
      """)

  func run() throws {
    let (settings, problems) = ReaderConfigFile.loaded
    for problem in problems { Diagnostics.warn(problem) }
    print(ConfigWriter.text(of: settings, path: ReaderConfigFile.path), terminator: "")
  }
}
