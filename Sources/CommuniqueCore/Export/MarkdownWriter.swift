/// A release as Markdown, for `communique show --format markdown`: the title as a heading,
/// the dateline in italics, the paragraphs (those holding a quote as block quotes, followed by
/// who said it), then partners, people and contacts as lists.
public enum MarkdownWriter {
  /// The document, ending with a newline.
  public static func text(of release: Release) -> String {
    var blocks = ["# " + escaped(release.fullTitle)]
    if let dateline = release.dateline {
      let parts = [dateline.place.uppercased(), dateline.when].compactMap { $0 }
      blocks.append("*" + escaped(parts.joined(separator: " · ")) + "*")
    } else if let speakerLine = release.speakerLine {
      blocks.append("*" + escaped(speakerLine) + "*")
    }
    for (index, paragraph) in release.paragraphs.enumerated() {
      let quoted = release.quotes.contains { $0.paragraph <= index && index <= $0.paragraphEnd }
      guard quoted else {
        blocks.append(escaped(paragraph.text))
        continue
      }
      var lines = ["> " + escaped(paragraph.text)]
      for quote in release.quotes where quote.paragraphEnd == index {
        guard let speaker = quote.speaker else { continue }
        let who = [speaker, quote.role].compactMap { $0 }.joined(separator: ", ")
        lines += [">", "> — " + escaped(who)]
      }
      blocks.append(lines.joined(separator: "\n"))
    }
    list("Partenaires", release.organisations.map(partner), into: &blocks)
    list(
      "Personnes",
      release.people.map { escaped($0.name) + ($0.role.map { " — " + escaped($0) } ?? "") },
      into: &blocks)
    list("Contacts", release.contacts.map { escaped($0.line) }, into: &blocks)
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private static func partner(_ organisation: Organisation) -> String {
    guard let acronym = organisation.acronym, acronym != organisation.name else {
      return escaped(organisation.name)
    }
    return "**" + escaped(acronym) + "** — " + escaped(organisation.name)
  }

  private static func list(_ title: String, _ items: [String], into blocks: inout [String]) {
    guard !items.isEmpty else { return }
    blocks.append("## " + title)
    blocks.append(items.map { "- " + $0 }.joined(separator: "\n"))
  }

  /// Text with the characters Markdown would read as markup escaped by a backslash, line
  /// breaks made spaces.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|": result += "\\" + String(character)
      case "\n", "\r": result += " "
      default: result.append(character)
      }
    }
    if let first = result.first, "-+=".contains(first) { result = "\\" + result }
    if let dot = result.firstIndex(of: "."), result[..<dot].allSatisfy(\.isNumber),
      dot != result.startIndex
    {
      result.insert("\\", at: dot)
    }
    return result
  }
}
