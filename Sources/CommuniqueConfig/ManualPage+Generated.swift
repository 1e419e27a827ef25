extension ManualPage {
  /// The whole page: the one `generate-manual` made from the command definitions, made
  /// French again, then our sections in place of its English exit status.
  ///
  /// `generate-manual` (swift-argument-parser 1.8) drops every non-ASCII character (its own
  /// TODO in `String+Escaping.swift`): each line of `texts` (the strings of
  /// `--experimental-dump-help`) that lost some is put back whole where its ASCII remains
  /// stand. Its English words for `--version` and `--help` are translated.
  public static func page(generated: String, texts: [String], sections: String) -> String {
    var page = generated
    var lost: [String: String] = [:]
    for text in texts {
      for line in text.split(separator: "\n") where !line.allSatisfy(\.isASCII) {
        let remains = String(line.filter(\.isASCII))
        if remains.count >= 3 { lost[remains] = String(line) }
      }
    }
    for remains in lost.keys.sorted(by: { $0.count > $1.count }) {
      page = page.replacingEvery(remains, with: lost[remains] ?? remains)
    }
    for (english, french) in translations {
      page = page.replacingEvery(english, with: french)
    }
    if let exit = page.range(of: "\n.Sh \"EXIT STATUS\"") {
      page = String(page[..<exit.lowerBound]) + "\n"
    }
    return page + sections
  }

  private static let translations = [
    (".Sh NAME\n", ".Sh NOM\n"),
    ("Show subcommand help information.", "Affiche l’aide d’une sous-commande."),
    ("Show help information.", "Affiche l’aide."), ("Show the version.", "Affiche la version."),
  ]
}

extension String {
  /// Every occurrence of `target` replaced, without Foundation.
  fileprivate func replacingEvery(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let found = rest.firstRange(of: target) {
      result += rest[..<found.lowerBound] + replacement
      rest = rest[found.upperBound...]
    }
    return result + rest
  }
}
