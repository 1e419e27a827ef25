/// The reader's configuration file (`$XDG_CONFIG_HOME/communique/config`): `key = value`
/// lines, `#` comments, blank lines ignored.
public struct ReaderConfig: Equatable, Sendable {
  /// The `clipboard` setting, when given.
  public var clipboard: ClipboardPreference?
  /// What could not be understood, one French line each.
  public var problems: [String]

  /// Reads the text of a configuration file.
  public init(parsing text: String) {
    clipboard = nil
    problems = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let content = Self.trimmed(line.prefix { $0 != "#" })
      guard !content.isEmpty else { continue }
      let parts = content.split(separator: "=", maxSplits: 1)
      let key = parts.first.map(Self.trimmed) ?? ""
      let value = parts.count == 2 ? Self.trimmed(parts[1]) : ""
      switch key {
      case "clipboard" where ClipboardPreference(rawValue: value) != nil:
        clipboard = ClipboardPreference(rawValue: value)
      case "clipboard":
        problems.append(
          "ligne \(number + 1)\u{00A0}: clipboard = «\u{00A0}\(value)\u{00A0}» inconnu")
      default:
        problems.append("ligne \(number + 1)\u{00A0}: réglage «\u{00A0}\(key)\u{00A0}» inconnu")
      }
    }
  }

  private static func trimmed(_ text: Substring) -> String {
    String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
