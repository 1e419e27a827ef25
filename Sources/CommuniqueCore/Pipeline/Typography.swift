/// Stage 5: French typography and scraping remnants, applied to one line of text.
///
/// Mail-link remnants and HTML entities go; white space is collapsed; « guillemets » get
/// their no-break spaces; straight or English double quotes around a passage become
/// guillemets; `: ; ! ?` get the no-break space French puts before them; a dropped `œ`
/// is restored where the word is unmistakable. Apostrophes stay as the source wrote them.
public enum Typography {
  /// No-break space, used inside guillemets and before a colon.
  public static let noBreakSpace: Character = "\u{00A0}"
  /// Narrow no-break space, used before `; ! ?`.
  public static let narrowNoBreakSpace: Character = "\u{202F}"

  private static let ligatures: [(Pattern, String)] = [
    (Pattern(#"(?<![\p{L}])man uvre"#), "manœuvre"),
    (Pattern(#"(?<![\p{L}])uvre"#), "œuvre"),
    (Pattern(#"(?<![\p{L}])c ur(?![\p{L}])"#), "cœur"),
    (Pattern(#"(?<![\p{L}])c urs(?![\p{L}])"#), "cœurs"),
    (Pattern(#"(?<![\p{L}])s ur(s?)(?![\p{L}])"#), "sœur$1"),
    (Pattern(#"(?<![\p{L}])v u(x?)(?![\p{L}])"#), "vœu$1"),
    (Pattern(#"(?<![\p{L}])n ud(s?)(?![\p{L}])"#), "nœud$1"),
    (Pattern(#"(?<![\p{L}])b uf(s?)(?![\p{L}])"#), "bœuf$1"),
  ]

  /// The cleaned text.
  public static func clean(_ text: String) -> String {
    var result = HTMLEntities.clean(text)
    if result.containsText("uvre") || result.containsText(" u") {
      for (pattern, replacement) in ligatures { result = pattern.replacing(in: result, with: replacement) }
    }
    result = convertDoubleQuotes(collapseSpaces(result))
    return spaceFrenchPunctuation(result)
  }

  /// Collapses runs of white space (no-break spaces included) into one plain space.
  static func collapseSpaces(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !output.isEmpty
      } else {
        if pendingSpace { output.append(" ") }
        pendingSpace = false
        output.append(character)
      }
    }
    return output
  }

  /// Turns balanced `"…"` (or `“…”` when the text has no guillemets) into `«…»`.
  static func convertDoubleQuotes(_ text: String) -> String {
    var result = text
    if result.filter({ $0 == "\"" }).count.isMultiple(of: 2), result.containsText("\"") {
      var opening = true
      result = String(result.map { character -> Character in
        guard character == "\"" else { return character }
        defer { opening.toggle() }
        return opening ? "«" : "»"
      })
    }
    if !result.containsText("«"), result.containsText("“"), result.containsText("”") {
      result = String(result.map { $0 == "“" ? "«" : $0 == "”" ? "»" : $0 })
    }
    return result
  }

  /// Puts the right no-break space inside guillemets and before `: ; ! ?`.
  static func spaceFrenchPunctuation(_ text: String) -> String {
    guard text.contains(where: { "«»:;!?".contains($0) }) else { return text }
    let characters = Array(text)
    var output = ""
    output.reserveCapacity(text.utf8.count + 8)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
      switch character {
      case "«":
        output.append("«")
        if let next, next != " " { output.append(noBreakSpace) }
        if next == " " {
          output.append(noBreakSpace)
          index += 1
        }
      case "»":
        trimTrailingSpace(&output)
        if let last = output.last, last != "«" { output.append(noBreakSpace) }
        output.append("»")
      case ":", ";", "!", "?":
        let space = character == ":" ? noBreakSpace : narrowNoBreakSpace
        let endsClause = next == nil || next == " " || next == "»" || next == ")"
        let previous = output.last
        if previous == " " {
          output.removeLast()
          output.append(space)
        } else if endsClause, let previous, previous.isLetter || previous == "»" {
          output.append(space)
        }
        output.append(character)
      default:
        output.append(character)
      }
      index += 1
    }
    return output
  }

  private static func trimTrailingSpace(_ text: inout String) {
    while let last = text.last, last == " " || last == noBreakSpace { text.removeLast() }
  }
}
