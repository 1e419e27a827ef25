/// Stage 5: French typography and scraping remnants, applied to one line of text.
///
/// Mail-link remnants and HTML entities go; white space is collapsed; « guillemets » get
/// their no-break spaces; straight or English double quotes around a passage become
/// guillemets; `: ; ! ?` get the no-break space French puts before them; a dropped `œ`
/// is restored where the word is unmistakable. Apostrophes stay as the source wrote them.
public enum Typography {
  /// Words whose `œ` a scraper dropped (`man uvre`), with the literal each needs and its fix.
  private static let ligatures: [(Pattern, String)] = [
    (#"(?<![\p{L}])man uvre"#, "man uvre", "manœuvre"),
    (#"(?<![\p{L}])uvre"#, "uvre", "œuvre"),
    (#"(?<![\p{L}])c ur(?![\p{L}])"#, "c ur", "cœur"),
    (#"(?<![\p{L}])c urs(?![\p{L}])"#, "c urs", "cœurs"),
    (#"(?<![\p{L}])s ur(s?)(?![\p{L}])"#, "s ur", "sœur$1"),
    (#"(?<![\p{L}])v u(x?)(?![\p{L}])"#, "v u", "vœu$1"),
    (#"(?<![\p{L}])n ud(s?)(?![\p{L}])"#, "n ud", "nœud$1"),
    (#"(?<![\p{L}])b uf(s?)(?![\p{L}])"#, "b uf", "bœuf$1"),
  ].map { source, literal, replacement in
    (Pattern(source, requiringOneOf: [literal]), replacement)
  }

  /// The cleaned text.
  public static func clean(_ text: String) -> String {
    var result = HTMLEntities.clean(text)
    for (pattern, replacement) in ligatures {
      result = pattern.replacing(in: result, with: replacement)
    }
    return result.isPlainLatin
      ? clean(Unicode.Scalar.self, result) : clean(Character.self, result)
  }

  /// Spaces, quotes and punctuation, unit by unit (each pass keeps a plain Latin text plain).
  private static func clean<Unit: TextUnit>(_: Unit.Type, _ text: String) -> String {
    let collapsed = collapseSpaces(Unit.self, text)
    return spaceFrenchPunctuation(Unit.self, convertDoubleQuotes(Unit.self, collapsed))
  }

  /// Collapses runs of white space (no-break spaces included) into one plain space.
  static func collapseSpaces(_ text: String) -> String {
    text.isPlainLatin
      ? collapseSpaces(Unicode.Scalar.self, text) : collapseSpaces(Character.self, text)
  }

  private static func collapseSpaces<Unit: TextUnit>(_: Unit.Type, _ text: String) -> String {
    let units = Unit.units(of: text)
    var output: [Unit] = []
    output.reserveCapacity(units.count)
    var pendingSpace = false
    for unit in units {
      if unit.isSpace {
        pendingSpace = !output.isEmpty
      } else {
        if pendingSpace { output.append(" ") }
        pendingSpace = false
        output.append(unit)
      }
    }
    return Unit.text(of: output)
  }

  /// Turns balanced `"…"` (or `“…”` when the text has no guillemets) into `«…»`.
  private static func convertDoubleQuotes<Unit: TextUnit>(_: Unit.Type, _ text: String) -> String {
    guard text.containsText("\"") || text.containsText("“") else { return text }
    var units = Unit.units(of: text)
    let straight = units.count(where: { $0 == "\"" })
    if straight > 0, straight.isMultiple(of: 2) {
      var opening = true
      for index in units.indices where units[index] == "\"" {
        units[index] = opening ? "«" : "»"
        opening.toggle()
      }
      return Unit.text(of: units)
    }
    guard !text.containsText("«"), text.containsText("“"), text.containsText("”") else {
      return text
    }
    for index in units.indices {
      if units[index] == "“" {
        units[index] = "«"
      } else if units[index] == "”" {
        units[index] = "»"
      }
    }
    return Unit.text(of: units)
  }

  /// Puts the right no-break space inside guillemets and before `: ; ! ?`.
  private static func spaceFrenchPunctuation<Unit: TextUnit>(_: Unit.Type, _ text: String)
    -> String
  {
    guard
      text.utf8.contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x21 || $0 == 0x3F })
        || text.containsText("«") || text.containsText("»")
    else { return text }
    let units = Unit.units(of: text)
    let noBreak: Unit = "\u{00A0}"
    let narrowNoBreak: Unit = "\u{202F}"
    var output: [Unit] = []
    output.reserveCapacity(units.count + 8)
    var index = 0
    while index < units.count {
      let unit = units[index]
      let next: Unit? = index + 1 < units.count ? units[index + 1] : nil
      switch unit {
      case "«":
        output.append(unit)
        if let next, next != " " { output.append(noBreak) }
        if next == " " {
          output.append(noBreak)
          index += 1
        }
      case "»":
        while let last = output.last, last == " " || last == noBreak { output.removeLast() }
        if let last = output.last, last != "«" { output.append(noBreak) }
        output.append(unit)
      case ":", ";", "!", "?":
        let space = unit == ":" ? noBreak : narrowNoBreak
        let endsClause = next == nil || next == " " || next == "»" || next == ")"
        let previous = output.last
        if previous == " " {
          output.removeLast()
          output.append(space)
        } else if endsClause, let previous, previous.isLetterUnit || previous == "»" {
          output.append(space)
        }
        output.append(unit)
      default:
        output.append(unit)
      }
      index += 1
    }
    return Unit.text(of: output)
  }
}
