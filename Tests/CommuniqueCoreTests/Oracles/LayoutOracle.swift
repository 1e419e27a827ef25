import Foundation

@testable import CommuniqueCore

/// The layout stage as it was before its byte-level fast paths: `ReleaseLayout.split` with the
/// header stripper, metadata, template-remnant, caption and contacts-header tests it ran.
enum LayoutOracle {
  /// Splits decoded lines into header, title, preamble, body, contacts and footer.
  static func split(_ lines: [SourceLine], knownBoilerplate: Set<String>) -> ReleaseLayout {
    let start = contentStart(of: lines, knownBoilerplate: knownBoilerplate)
    let end = FooterStripper.contentEnd(of: lines, from: start, known: knownBoilerplate)
    guard start < end else { return ReleaseLayout(title: nil, body: [], contacts: []) }
    let title = lines[start]
    let section = sectionLine(lines, before: start)
    var index = start + 1
    var speaker: SourceLine?
    var captions: [SourceLine] = []
    while true {
      index = firstNonBlank(lines, from: index)
      guard index < end else { break }
      let text = lines[index].text
      if isMetadataLine(text) || knownBoilerplate.contains(text)
        || isSiteRemnant(text) || DateLine.matches(text)
      {
        index += 1
      } else if speaker == nil && SpeechLine.matches(text) {
        speaker = lines[index]
        index += 1
      } else if isCaption(lines, at: index, end: end) {
        captions.append(lines[index])
        index += 1
      } else {
        break
      }
    }
    var rest: [SourceLine] = []
    for line in lines[min(index, end)..<end] where !isSiteRemnant(line.text) {
      if PhotoCredit.photographer(in: line.text) != nil && line.text.count <= 300 {
        captions.append(line)
      } else {
        rest.append(line)
      }
    }
    let contactsStart = rest.firstIndex { isContactsHeader($0.text) } ?? rest.count
    return ReleaseLayout(
      title: title, speakerLine: speaker, body: Array(rest[..<contactsStart]),
      contacts: Array(rest[contactsStart...]), captions: captions, section: section)
  }

  /// The line above the date line that stands above the title, if the page has one.
  private static func sectionLine(_ lines: [SourceLine], before title: Int) -> SourceLine? {
    var index = title - 1
    while index >= 0, lines[index].isBlank { index -= 1 }
    guard index > 0, DateLine.matches(lines[index].text) else { return nil }
    index -= 1
    while index >= 0, lines[index].isBlank { index -= 1 }
    return index >= 0 ? lines[index] : nil
  }

  /// A photo caption: credited, labelled, or a line sitting just before the dateline.
  private static func isCaption(_ lines: [SourceLine], at index: Int, end: Int) -> Bool {
    let text = lines[index].text
    let lower = text.prefix(16).lowercased()
    if text.containsText("©") || PhotoCredit.credit(in: text) != nil
      || !text.contains(where: \.isLetter)
    {
      return true
    }
    for label in ["photo", "crédit", "credit", "légende", "image :", "illustration :"]
    where lower.hasPrefix(label) && text.count <= 300 {
      return true
    }
    let isShort =
      text.index(text.startIndex, offsetBy: 300, limitedBy: text.endIndex)
      .map { $0 == text.endIndex } ?? true
    guard isShort, DatelineOracle.parse(text) == nil else { return false }
    let next = firstNonBlank(lines, from: index + 1)
    return next < end && DatelineOracle.parse(lines[next].text) != nil
  }

  /// Was `MetadataLine.matches`.
  static func isMetadataLine(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":") else { return false }
    let key = text[..<colon].trimmingWhiteSpace().lowercased()
    return metadataKeys.contains(key) && text.count <= 120
  }

  private static let metadataKeys: Set<String> = [
    "published date", "date published", "country", "countries", "region", "tags", "topic",
    "topics", "language", "author", "source", "type", "published", "updated", "last updated",
    "location", "date", "category",
  ]

  /// Was `SiteRemnant.matches`.
  static func isSiteRemnant(_ text: String) -> Bool {
    guard text.hasPrefix("["), text.hasSuffix("]"), text.utf8.count <= 200 else { return false }
    let inner = text.dropFirst().dropLast()
    return inner.contains(":") && !inner.contains(" ")
  }

  private static let contactsHeader = Pattern(
    #"^(pour (plus d|de plus amples|toute (information|question|demande)|tout renseignement|"#
      + #"en savoir plus|les demandes)|contacts?( (presse|médias?|pour les médias))?\s*:|for "#
      + #"(more|further) information|media contacts?|press contacts?)"#,
    caseInsensitive: true)

  /// Was `ContactsHeader.matches`.
  static func isContactsHeader(_ text: String) -> Bool {
    guard let first = text.utf8.first, "PpCcFfMm".utf8.contains(first), text.utf8.count < 600
    else { return false }
    return contactsHeader.isMatch(
      text.containsText("’") ? text.replacingOccurrences(of: "’", with: "'") : text)
  }

  // The header stripper, as it was.

  /// The index of the first line after the header (the title's line, blank lines skipped).
  static func contentStart(of lines: [SourceLine], knownBoilerplate: Set<String>) -> Int {
    var index = firstNonBlank(lines, from: 0)
    index = skipCommuniqueHeader(lines, from: index)
    index = firstNonBlank(lines, from: skipMenu(lines, from: index, known: knownBoilerplate))
    index = skipSectionAndDate(lines, from: index)
    while index < lines.count,
      knownBoilerplate.contains(lines[index].text) || isMetadataLine(lines[index].text)
        || isSiteRemnant(lines[index].text)
    {
      index = firstNonBlank(lines, from: index + 1)
    }
    return index
  }

  private static func firstNonBlank(_ lines: [SourceLine], from start: Int) -> Int {
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
    if text == "-" || text == "–" || known.contains(text) { return true }
    if (text.hasPrefix("- ") || text.hasPrefix("– ")) && text.count <= 80 { return true }
    if isGluedHeading(text) { return true }
    guard index > 0 else { return false }
    let previous = lines[index - 1].text
    guard !previous.isEmpty, isHeading(previous) else { return false }
    // Sub-sites glue a heading to its blurb in another case (`Notre travail` / `Notre TravailEn`).
    let length = previous.count
    return text.index(text.startIndex, offsetBy: length, limitedBy: text.endIndex) != nil
      && text.prefix(length).lowercased() == previous.lowercased()
  }

  /// Skips a section line and the date line under it (`Déclarations et discours …` then
  /// `27 nov 2023`), or a date line alone, before the title.
  private static func skipSectionAndDate(_ lines: [SourceLine], from start: Int) -> Int {
    guard start < lines.count else { return start }
    if DateLine.matches(lines[start].text) { return firstNonBlank(lines, from: start + 1) }
    let next = firstNonBlank(lines, from: start + 1)
    if isHeading(lines[start].text) || lines[start].text.count <= 80, next < lines.count,
      DateLine.matches(lines[next].text)
    {
      return firstNonBlank(lines, from: next + 1)
    }
    return start
  }

  /// A menu heading glued to its blurb (`Notre travailEn tant que …`): a lower-case letter
  /// followed by a capital with no space, early in the line.
  private static func isGluedHeading(_ text: String) -> Bool {
    if let glued = plainLatinGluedHeading(text) { return glued }
    var previous: Character = " "
    for (offset, character) in text.prefix(45).enumerated() {
      if offset >= 4, previous.isLowercase, character.isUppercase { return true }
      previous = character
    }
    return false
  }

  /// `isGluedHeading` on the bytes, when the first 46 scalars (or all, if fewer) are plain
  /// Latin, so that the first 45 characters are the first 45 scalars; else nil.
  private static func plainLatinGluedHeading(_ text: String) -> Bool? {
    var text = text
    return text.withUTF8 { bytes -> Bool? in
      var index = 0
      var scalars = 0
      while index < bytes.count, scalars <= 45 {
        guard let (_, length) = PlainLatinCase.flags(at: index, in: bytes) else { return nil }
        index += length
        scalars += 1
      }
      var previousIsLower = false
      index = 0
      for offset in 0..<min(scalars, 45) {
        guard let (flags, length) = PlainLatinCase.flags(at: index, in: bytes) else { return nil }
        if offset >= 4, previousIsLower, flags & PlainLatinCase.upper != 0 { return true }
        previousIsLower = flags & PlainLatinCase.lower != 0
        index += length
      }
      return false
    }
  }

  /// A short line with no sentence punctuation at its end: a menu heading, or a title.
  private static func isHeading(_ text: String) -> Bool {
    guard !text.isEmpty, text.count <= 50, let last = text.last else { return false }
    return !".!?:;,".contains(last)
  }
}
