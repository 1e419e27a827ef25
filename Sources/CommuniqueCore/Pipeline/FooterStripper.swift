/// Stage 2b: drops the share and footer lines that trail a scraped page.
public enum FooterStripper {
  /// Longer lines are no footer line, in any case (lower-casing can lengthen a line a little).
  private static let longestFooterLine = 2 * (footerLines.map(\.utf8.count).max() ?? 0) + 8
  private static let footerLines: Set<String> = [
    "partager", "partager :", "partager cet article", "partager cette page", "share", "share:",
    "share this", "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "imprimer",
    "print", "tags", "tags :", "mots-clés", "mots-clés :", "retour en haut", "back to top",
    "télécharger", "download", "envoyer par e-mail", "suivez-nous", "follow us",
  ]

  /// The index just past the last line that is not footer or blank.
  public static func contentEnd(of lines: [SourceLine], from start: Int, known: Set<String>)
    -> Int
  {
    var end = lines.count
    while end > start {
      let text = lines[end - 1].text
      guard
        text.isEmpty || known.contains(text)
          || (text.utf8.count <= longestFooterLine && footerLines.contains(text.lowercased()))
      else { break }
      end -= 1
    }
    return end
  }
}
