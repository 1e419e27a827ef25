/// Stage 5: French typography and scraping remnants, applied to one line of text.
///
/// Mail-link remnants and HTML entities go; white space is collapsed; « guillemets » get
/// their no-break spaces; straight or English double quotes around a passage become
/// guillemets; `: ; ! ?` get the no-break space French puts before them; a dropped `œ`
/// is restored where the word is unmistakable. Apostrophes stay as the source wrote them.
public enum Typography {
  /// Words whose `œ` a scraper dropped (`man uvre`), each repaired after a non-letter.
  private static let ligatures = [
    DroppedLigature("man uvre", "manœuvre", endsWord: false),
    DroppedLigature("uvre", "œuvre", endsWord: false),
    DroppedLigature("c ur", "cœur", endsWord: true),
    DroppedLigature("c urs", "cœurs", endsWord: true),
    DroppedLigature("s ur", "sœur", suffix: "s", endsWord: true),
    DroppedLigature("v u", "vœu", suffix: "x", endsWord: true),
    DroppedLigature("n ud", "nœud", suffix: "s", endsWord: true),
    DroppedLigature("b uf", "bœuf", suffix: "s", endsWord: true),
  ]
  /// Each ligature's literal as bytes, in the table's order.
  private static let ligatureLiterals = ligatures.map(\.literal)
  /// Bit `byte - 0x61` set when some ligature literal starts with that lower-case ASCII
  /// letter (all of them start with one).
  private static let ligatureFirstLetters: UInt32 = ligatureLiterals.reduce(0) { mask, literal in
    mask | 1 << (literal[0] &- 0x61)
  }

  /// The cleaned text.
  public static func clean(_ text: String) -> String {
    let result = restoreLigatures(HTMLEntities.clean(text))
    return result.isPlainLatin
      ? PlainLatinTypography.clean(result) : cleanCharacters(result)
  }

  /// `text` with each dropped `œ` restored, pattern after pattern; a pattern runs only when
  /// its literal stands after a non-letter in the text as it is then.
  static func restoreLigatures(_ text: String) -> String {
    var result = text
    var present = ligaturesAfterNonLetter(in: result)
    for (index, ligature) in ligatures.enumerated() {
      guard present & 1 << index != 0 else { continue }
      result = ligature.replacing(in: result)
      present = ligaturesAfterNonLetter(in: result)
    }
    return result
  }

  /// Bit `k` set when the literal of ligature `k` occurs in `text` with no letter before it,
  /// which every match of its pattern needs (each opens with `(?<![\p{L}])`, a letter as the
  /// engine reads it). A text with no `candidate` has none; in the others, one pass on the
  /// bytes: as every literal opens with an ASCII letter, only a letter that follows no ASCII
  /// letter is looked at.
  static func ligaturesAfterNonLetter(in text: String) -> UInt8 {
    let literals = ligatureLiterals
    let firstLetters = ligatureFirstLetters
    var text = text
    return text.withUTF8 { bytes in
      guard
        BytePairs.contains(
          0x20, 0x75, or: 0x75, 0x76, in: bytes, where: { isCandidate(bytes, at: $0) })
      else { return 0 }
      var present: UInt8 = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        // `| 0x20` lower-cases ASCII letters and leaves every other byte out of a…z.
        guard (0x61...0x7A).contains(byte | 0x20) else {
          index += 1
          continue
        }
        // The first of a run of ASCII letters: the byte before is no ASCII letter.
        let start = index
        index += 1
        while index < bytes.count, (0x61...0x7A).contains(bytes[index] | 0x20) { index += 1 }
        guard (0x61...0x7A).contains(byte), firstLetters >> (byte &- 0x61) & 1 != 0 else {
          continue
        }
        if start > 0, bytes[start - 1] >= 0x80 {
          var lead = start - 1
          while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
          let previous = UTF8Scalar.decode(bytes, at: lead).value
          if ScalarClass.flags(previous) & ScalarClass.letter != 0 { continue }
        }
        for (literal, needle) in literals.enumerated() where bytes.holds(needle, at: start) {
          present |= 1 << literal
        }
      }
      return present
    }
  }

  /// Whether the ` u` or `uv` at `offset` may belong to a ligature literal with no letter
  /// before it: ` u` after one of `c s v n b` standing alone (`c ur`, `v u`), or `uv` after
  /// no ASCII letter (`uvre`, `man uvre`). Every such literal holds one of the two: `c ur`,
  /// `c urs`, `s ur`, `v u`, `n ud`, `b uf` a lone letter then ` u`, `uvre` and `man uvre` a
  /// `uv` after a non-letter.
  private static func isCandidate(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    if bytes[offset] == 0x75 { return offset == 0 || !isASCIILetter(bytes[offset - 1]) }
    guard offset > 0 else { return false }
    switch bytes[offset - 1] {
    case 0x63, 0x73, 0x76, 0x6E, 0x62:
      return offset == 1 || !isASCIILetter(bytes[offset - 2])
    default: return false
    }
  }

  /// Whether `byte` is an ASCII letter.
  @inline(__always)
  private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) }

  /// Spaces, quotes and punctuation, character by character: the passes for any text, which
  /// `PlainLatinTypography` does on bytes for plain Latin ones.
  static func cleanCharacters(_ text: String) -> String {
    spaceFrenchPunctuation(convertDoubleQuotes(collapseCharacterSpaces(text)))
  }

  /// Collapses runs of white space (no-break spaces included) into one plain space.
  static func collapseSpaces(_ text: String) -> String {
    text.isPlainLatin
      ? PlainLatinTypography.collapseSpaces(text) : collapseCharacterSpaces(text)
  }

  /// `collapseSpaces`, character by character.
  static func collapseCharacterSpaces(_ text: String) -> String {
    let units = Array(text)
    var output: [Character] = []
    output.reserveCapacity(units.count)
    var pendingSpace = false
    for unit in units {
      if unit.isWhitespace {
        pendingSpace = !output.isEmpty
      } else {
        if pendingSpace { output.append(" ") }
        pendingSpace = false
        output.append(unit)
      }
    }
    return String(output)
  }

  /// Turns balanced `"…"` (or `“…”` when the text has no guillemets) into `«…»`.
  private static func convertDoubleQuotes(_ text: String) -> String {
    guard text.containsText("\"") || text.containsText("“") else { return text }
    var units = Array(text)
    let straight = units.count(where: { $0 == "\"" })
    if straight > 0, straight.isMultiple(of: 2) {
      var opening = true
      for index in units.indices where units[index] == "\"" {
        units[index] = opening ? "«" : "»"
        opening.toggle()
      }
      return String(units)
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
    return String(units)
  }

  /// Puts the right no-break space inside guillemets and before `: ; ! ?`.
  private static func spaceFrenchPunctuation(_ text: String) -> String {
    guard
      text.utf8.contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x21 || $0 == 0x3F })
        || text.containsText("«") || text.containsText("»")
    else { return text }
    let units = Array(text)
    let noBreak: Character = "\u{00A0}"
    let narrowNoBreak: Character = "\u{202F}"
    var output: [Character] = []
    output.reserveCapacity(units.count + 8)
    var index = 0
    while index < units.count {
      let unit = units[index]
      let next: Character? = index + 1 < units.count ? units[index + 1] : nil
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
        } else if endsClause, let previous, previous.isLetter || previous == "»" {
          output.append(space)
        }
        output.append(unit)
      default:
        output.append(unit)
      }
      index += 1
    }
    return String(output)
  }
}
