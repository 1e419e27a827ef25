/// Stage 2: the parts of a page, as line ranges of the decoded source.
public struct ReleaseLayout: Sendable, Equatable {
  /// The title line, when the page has any text.
  public var title: SourceLine?
  /// For speeches: the line naming the speaker.
  public var speakerLine: SourceLine?
  /// Body lines, blank lines included (they separate paragraphs).
  public var body: [SourceLine]
  /// The contacts section, from its header line to the end of the text.
  public var contacts: [SourceLine]

  /// Splits decoded lines into header, title, preamble, body, contacts and footer.
  public static func split(_ lines: [SourceLine], knownBoilerplate: Set<String>) -> ReleaseLayout {
    let start = HeaderStripper.contentStart(of: lines, knownBoilerplate: knownBoilerplate)
    let end = FooterStripper.contentEnd(of: lines, from: start, known: knownBoilerplate)
    guard start < end else { return ReleaseLayout(title: nil, body: [], contacts: []) }
    let title = lines[start]
    var index = start + 1
    var speaker: SourceLine?
    while true {
      index = HeaderStripper.firstNonBlank(lines, from: index)
      guard index < end else { break }
      let text = lines[index].text
      if MetadataLine.matches(text) || knownBoilerplate.contains(text) {
        index += 1
      } else if speaker == nil && SpeechLine.matches(text) {
        speaker = lines[index]
        index += 1
      } else if isCaption(lines, at: index, end: end) {
        index += 1
      } else {
        break
      }
    }
    let rest = Array(lines[min(index, end)..<end])
    let contactsStart = rest.firstIndex { ContactsHeader.matches($0.text) } ?? rest.count
    return ReleaseLayout(
      title: title, speakerLine: speaker, body: Array(rest[..<contactsStart]),
      contacts: Array(rest[contactsStart...]))
  }

  /// A photo caption: credited, labelled, or a line sitting just before the dateline.
  private static func isCaption(_ lines: [SourceLine], at index: Int, end: Int) -> Bool {
    let text = lines[index].text
    let lower = text.lowercased()
    if text.containsText("©") { return true }
    for label in ["photo", "crédit", "credit", "légende", "image :", "illustration :"]
    where lower.hasPrefix(label) && text.count <= 300 {
      return true
    }
    guard Dateline.parse(text) == nil, text.count <= 300 else { return false }
    let next = HeaderStripper.firstNonBlank(lines, from: index + 1)
    return next < end && Dateline.parse(lines[next].text) != nil
  }
}

/// The line under a title that names who speaks (a speech) or who wrote (a by-line).
enum SpeechLine {
  private static let speechOpenings = [
    "allocution", "discours", "déclaration de", "déclaration d’", "déclaration d'",
    "intervention", "message de", "message d’", "message d'", "remarques", "propos liminaires",
    "statement", "speech", "remarks",
  ]

  static func matches(_ text: String) -> Bool {
    let lower = text.lowercased()
    return text.count <= 250 && (isSpeech(text) || lower.hasPrefix("par "))
      && !(text.last.map { ".!?".contains($0) } ?? false)
  }

  /// Whether the line introduces a speech or statement (not a by-line).
  static func isSpeech(_ text: String) -> Bool {
    let lower = text.lowercased()
    return speechOpenings.contains { lower.hasPrefix($0) }
  }
}

/// The line that opens the contacts section (`Pour plus d’informations, veuillez contacter :`).
enum ContactsHeader {
  private static let pattern = Pattern(
    #"^(pour (plus d|de plus amples|toute (information|question|demande)|tout renseignement|en savoir plus|les demandes)|contacts?( (presse|médias?|pour les médias))?\s*:|for (more|further) information|media contacts?|press contacts?)"#,
    caseInsensitive: true)

  static func matches(_ text: String) -> Bool {
    guard let first = text.utf8.first, "PpCcFfMm".utf8.contains(first), text.utf8.count < 600
    else { return false }
    return pattern.isMatch(
      text.containsText("’") ? text.replacingOccurrences(of: "’", with: "'") : text)
  }
}
