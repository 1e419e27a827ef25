/// Stage 2a: finds where the site's header ends and the release's own text begins.
///
/// Recognises the navigation menu by its shape (lone dashes, `- Entry` lines, headings
/// repeated twice, a heading glued to its blurb), the `Communiqué` / scope header, lines
/// learnt from the folder, and English metadata lines such as `Published Date:`.
public enum HeaderStripper {
  /// The index of the first line after the header (the title's line, blank lines skipped).
  public static func contentStart(of lines: [SourceLine], knownBoilerplate: Set<String>) -> Int {
    var index = firstNonBlank(lines, from: 0)
    index = skipCommuniqueHeader(lines, from: index)
    index = firstNonBlank(lines, from: skipMenu(lines, from: index, known: knownBoilerplate))
    index = skipSectionAndDate(lines, from: index)
    while index < lines.count,
      knownBoilerplate.contains(lines[index].text) || MetadataLine.matches(lines[index].text)
        || SiteRemnant.matches(lines[index].text)
    {
      index = firstNonBlank(lines, from: index + 1)
    }
    return index
  }

  static func firstNonBlank(_ lines: [SourceLine], from start: Int) -> Int {
    var index = start
    while index < lines.count && lines[index].isBlank { index += 1 }
    return index
  }

  /// `Communiqué` then a short scope line (`Global`) then a blank line.
  private static func skipCommuniqueHeader(_ lines: [SourceLine], from start: Int) -> Int {
    guard start < lines.count else { return start }
    let first = lines[start].text.prefix(24).lowercased()
    guard first == "communiqué" || first == "communiqué de presse" || first == "communiqués"
    else { return start }
    let scope = firstNonBlank(lines, from: start + 1)
    if scope < lines.count, lines[scope].text.count <= 40, scope + 1 < lines.count,
      lines[scope + 1].isBlank
    {
      return firstNonBlank(lines, from: scope + 1)
    }
    return scope
  }

  /// Skips a navigation menu. Returns `start` when the top of the page is not a menu.
  private static func skipMenu(_ lines: [SourceLine], from start: Int, known: Set<String>) -> Int {
    var lastStrong = -1
    var strongCount = 0
    var index = start
    let limit = min(lines.count, start + 120)
    while index < limit {
      let line = lines[index]
      if isStrongMenuLine(lines, at: index, known: known) {
        lastStrong = index
        strongCount += 1
      } else if !(line.isBlank || isHeading(line.text)) || index - max(lastStrong, start) > 3 {
        break
      }
      index += 1
    }
    return strongCount >= 3 ? lastStrong + 1 : start
  }

  private static func isStrongMenuLine(_ lines: [SourceLine], at index: Int, known: Set<String>)
    -> Bool
  {
    let text = lines[index].text
    if isLoneDash(text) || known.contains(text) { return true }
    if opensWithDash(text) && !text.isLonger(than: 80) { return true }
    if isGluedHeading(text) { return true }
    guard index > 0 else { return false }
    let previous = lines[index - 1].text
    guard !previous.isEmpty, isHeading(previous) else { return false }
    // Sub-sites glue a heading to its blurb in another case (`Notre travail` / `Notre TravailEn`).
    if let glued = asciiGlued(text, after: previous) { return glued }
    let length = previous.count
    return text.index(text.startIndex, offsetBy: length, limitedBy: text.endIndex) != nil
      && LatinLowercase.of(String(text.prefix(length))) == LatinLowercase.of(previous)
  }

  /// `text == "-" || text == "–"`, compared only when `text` has at most the three bytes of
  /// `–` (nothing else is canonically equivalent to either dash).
  private static func isLoneDash(_ text: String) -> Bool {
    text.utf8.count <= 3 && (text == "-" || text == "–")
  }

  /// `text.hasPrefix("- ") || text.hasPrefix("– ")`, asked only when the first byte opens one
  /// of the dashes (the first character is then nothing else).
  private static func opensWithDash(_ text: String) -> Bool {
    guard let lead = text.utf8.first, lead == UInt8(ascii: "-") || lead == 0xE2 else {
      return false
    }
    return text.hasPrefix("- ") || text.hasPrefix("– ")
  }

  /// Skips a section line and the date line under it (`Déclarations et discours …` then
  /// `27 nov 2023`), or a date line alone, before the title.
  static func skipSectionAndDate(_ lines: [SourceLine], from start: Int) -> Int {
    guard start < lines.count else { return start }
    if DateLine.matches(lines[start].text) { return firstNonBlank(lines, from: start + 1) }
    let next = firstNonBlank(lines, from: start + 1)
    if isHeading(lines[start].text) || !lines[start].text.isLonger(than: 80),
      next < lines.count,
      DateLine.matches(lines[next].text)
    {
      return firstNonBlank(lines, from: next + 1)
    }
    return start
  }

  /// A menu heading glued to its blurb (`Notre travailEn tant que …`): a lower-case letter
  /// followed by a capital with no space, early in the line.
  static func isGluedHeading(_ text: String) -> Bool {
    if let glued = plainLatinGluedHeading(text) { return glued }
    var previous: Character = " "
    for (offset, character) in text.prefix(45).enumerated() {
      if offset >= 4, previous.isLowercase, character.isUppercase { return true }
      previous = character
    }
    return false
  }

  /// `isGluedHeading` on the bytes, when the first 46 scalars (or all, if fewer) are plain
  /// Latin, so that the first 45 characters are the first 45 scalars; else nil. One walk: the
  /// first 45 scalars are looked at as the 46 are checked.
  private static func plainLatinGluedHeading(_ text: String) -> Bool? {
    var text = text
    return text.withUTF8 { bytes -> Bool? in
      var index = 0
      var scalars = 0
      var previousIsLower = false
      var glued = false
      while index < bytes.count, scalars <= 45 {
        guard let (flags, length) = PlainLatinCase.flags(at: index, in: bytes) else { return nil }
        if scalars < 45 {
          if scalars >= 4, previousIsLower, flags & PlainLatinCase.upper != 0 { glued = true }
          previousIsLower = flags & PlainLatinCase.lower != 0
        }
        index += length
        scalars += 1
      }
      return glued
    }
  }

  /// Whether `text` opens with `previous` in another case, read on the bytes when `previous`
  /// is ASCII without a carriage return (each byte a character) and so are the bytes of
  /// `text` it spans, and the byte after them opens a character (it is ASCII or there is
  /// none); nil otherwise.
  private static func asciiGlued(_ text: String, after previous: String) -> Bool? {
    var text = text
    var previous = previous
    return previous.withUTF8 { heading -> Bool? in
      guard heading.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      return text.withUTF8 { bytes -> Bool? in
        guard bytes.count >= heading.count else { return nil }
        if bytes.count > heading.count, bytes[heading.count] >= 0x80 { return nil }
        for (byte, headingByte) in zip(bytes, heading) {
          guard byte < 0x80, byte != 0x0D else { return nil }
          if asciiLower(byte) != asciiLower(headingByte) { return false }
        }
        return true
      }
    }
  }

  private static func asciiLower(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }

  /// A short line with no sentence punctuation at its end: a menu heading, or a title.
  static func isHeading(_ text: String) -> Bool {
    guard !text.isEmpty, !text.isLonger(than: 50) else { return false }
    if let mark = lastASCII(text) { return !".!?:;,".utf8.contains(mark) }
    guard let last = text.last else { return false }
    return !".!?:;,".contains(last)
  }

  /// The last byte of `text` when it and the byte before it (if any) are ASCII: the last
  /// character is then that byte alone, or `\r\n`, which is no mark either; else nil.
  private static func lastASCII(_ text: String) -> UInt8? {
    let bytes = text.utf8
    guard let last = bytes.last, last < 0x80 else { return nil }
    let before = bytes.index(before: bytes.endIndex)
    guard before == bytes.startIndex || bytes[bytes.index(before: before)] < 0x80 else {
      return nil
    }
    return last
  }
}
