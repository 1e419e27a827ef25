/// Finds the line of an entry in the text of a configuration file, for messages: TOMLKit gives
/// positions for syntax errors only. It follows `[table]` headers and `key =` lines and does
/// not interpret values (TOMLKit has parsed them).
struct ConfigLines {
  private var lines: [(table: String, key: String, number: Int)] = []

  /// Indexes the entries of `text`.
  init(text: String) {
    var table = ""
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = raw.drop { $0 == " " || $0 == "\t" }
      if line.hasPrefix("[") {
        table = Self.unquoted(line.dropFirst().prefix { $0 != "]" })
      } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
        lines.append((table, Self.unquoted(line[..<equals]), offset + 1))
      }
    }
  }

  /// The line of `key` in `table` ("" for the top level), if found.
  func line(of key: String, in table: String = "") -> Int? {
    lines.first { $0.table == table && $0.key == key }?.number
  }

  private static func unquoted(_ text: Substring) -> String {
    let trimmed = text.trimmingSpaces
    if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'",
      trimmed.last == first
    {
      return String(trimmed.dropFirst().dropLast())
    }
    return String(trimmed)
  }
}

extension Substring {
  /// Without spaces and tabs at either end.
  var trimmingSpaces: Substring {
    var text = self
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return text
  }
}
