import CommuniqueTUI

/// The sections of `communique(1)` written by us, in mdoc: what the page generated from the
/// command definitions cannot know.
public enum ManualPage {
  /// The sections, for the keys in effect; `version` goes in the first line.
  public static func sections(keyMap: KeyMap, version: String) -> String {
    var lines = [
      ".Sh TOUCHES DU LECTEUR",
      "Les touches en vigueur dans le lecteur (version \(version)) : celles de",
      ".Pa config.toml",
      "quand il en donne, sinon celles par défaut. L’écran d’aide",
      ".Sy ?",
      "du lecteur montre les mêmes.",
      ".Bl -tag -width Ds",
    ]
    for binding in keyMap.bindings {
      lines.append(".It Sy " + quoted(binding.label))
      lines.append(text(binding.help) + " (" + Self.configName(binding.action) + ").")
    }
    lines += [".El"] + queries + configuration + files + environment + exitStatus
    return lines.joined(separator: "\n") + "\n"
  }

  private static func configName(_ action: Action) -> String {
    "action " + action.configName
  }

  private static let queries = [
    ".Sh LANGAGE DES RECHERCHES",
    "Pour",
    ".Nm communique Cm search",
    "et la touche",
    ".Sy /",
    "de la liste. Ni la casse ni les accents ne comptent.",
    ".Bl -tag -width Ds",
    ".It Li \"détention migrants\"",
    "les communiqués qui ont les deux mots ;",
    ".It Li detent",
    "les mots qui commencent ainsi, dès deux lettres ; les autres formes d’un mot sont",
    "trouvées par racinisation française (rapatriement trouve rapatriés) ;",
    ".It Li \"\\(dqalternatives à la détention\\(dq\"",
    "les mots ensemble, dans cet ordre (les guillemets « » aussi) ;",
    ".It Li -Prometeo",
    "sans les communiqués qui ont ce mot ;",
    ".It Li org:HCR",
    "seulement ceux qui nomment cette organisation (nom ou sigle) ;",
    ".It Li personne:Godeau",
    "seulement ceux qui nomment cette personne ;",
    ".It Li lieu:Tripoli",
    "seulement ceux datés de ce lieu.",
    ".El",
  ]

  private static let configuration = [
    ".Sh CONFIGURATION",
    "Le fichier",
    ".Pa config.toml",
    "(TOML) règle le presse-papiers",
    ".Pq Li clipboard ,",
    "la largeur maximale du texte",
    ".Pq Li measure , No \(Settings.standard.measure) colonnes par défaut ,",
    "le dossier par défaut",
    ".Pq Li library ,",
    "les touches (table",
    ".Li [keys] :",
    "action = touche ou liste de touches) et les couleurs (table",
    ".Li [colors] ) .",
    ".Nm communique Cm config",
    "l’affiche en entier, avec les valeurs par défaut, prêt à copier. Une entrée inconnue ou",
    "fausse est signalée (fichier, ligne, que faire) et garde sa valeur par défaut.",
  ]

  private static let files = [
    ".Sh FICHIERS",
    ".Bl -tag -width Ds",
    ".It Pa $XDG_CONFIG_HOME/communique/config.toml",
    "la configuration (par défaut",
    ".Pa ~/.config/communique/config.toml ) ;",
    ".It Pa $XDG_CACHE_HOME/communique/",
    "l’index de chaque dossier de communiqués (par défaut",
    ".Pa ~/.cache/communique/ ) ,",
    "toujours sûr à effacer ;",
    ".It Pa $XDG_STATE_HOME/communique/marks.sqlite",
    "les communiqués lus et ceux à drapeau, pour tous les dossiers (par défaut dans",
    ".Pa ~/.local/state/communique/ ) ,",
    "jamais dans le cache.",
    ".El",
    "Le programme n’écrit jamais dans le dossier des communiqués.",
  ]

  private static let environment = [
    ".Sh ENVIRONNEMENT",
    ".Bl -tag -width Ds",
    ".It Ev COMMUNIQUE_LIBRARY",
    "le dossier des communiqués quand ni DIR ni --library n’en donnent ;",
    ".It Ev NO_COLOR",
    "défini, aucune couleur, quoi que dise la configuration ;",
    ".It Ev XDG_CONFIG_HOME , XDG_CACHE_HOME , XDG_STATE_HOME",
    "où sont la configuration, l’index et l’état ;",
    ".It Ev TERM",
    "le terminal du lecteur ; vide ou dumb, le lecteur ne démarre pas ;",
    ".It Ev PAGER",
    "le pager de la touche du pager (par défaut less) ;",
    ".It Ev VISUAL , EDITOR",
    "l’éditeur de la touche de l’éditeur (par défaut vi), sur une copie temporaire.",
    ".El",
  ]

  private static let exitStatus = [
    ".Sh CODE DE SORTIE",
    "0 quand quelque chose a pu être lu (les avertissements vont sur l’erreur standard),",
    "1 quand rien n’a pu l’être (dossier absent, aucun fichier lisible), 2 pour une erreur",
    "d’usage ou, pour le lecteur, quand la sortie n’est pas un terminal.",
  ]

  /// A text line made safe for mdoc: no leading dot or quote, backslashes escaped.
  private static func text(_ line: String) -> String {
    let escaped = line.replacingAll("\\", with: "\\e")
    return escaped.first == "." || escaped.first == "'" ? "\\&" + escaped : escaped
  }

  /// A quoted macro argument.
  private static func quoted(_ argument: String) -> String {
    "\"" + argument.replacingAll("\\", with: "\\e").replacingAll("\"", with: "\\(dq") + "\""
  }
}

extension String {
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
