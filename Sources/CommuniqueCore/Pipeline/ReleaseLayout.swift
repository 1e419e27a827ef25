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
  /// Photo captions (not shown, but their credits name people).
  public var captions: [SourceLine] = []
  /// The section line above a dated title (`Déclarations et discours …` then `27 nov 2023`).
  public var section: SourceLine?

  /// Splits decoded lines into header, title, preamble, body, contacts and footer.
  public static func split(_ lines: [SourceLine], knownBoilerplate: Set<String>) -> ReleaseLayout {
    let start = HeaderStripper.contentStart(of: lines, knownBoilerplate: knownBoilerplate)
    let end = FooterStripper.contentEnd(of: lines, from: start, known: knownBoilerplate)
    guard start < end else { return ReleaseLayout(title: nil, body: [], contacts: []) }
    let title = lines[start]
    let section = sectionLine(lines, before: start)
    var index = start + 1
    var speaker: SourceLine?
    var captions: [SourceLine] = []
    // The line a caption was last found before: it opens with a dateline.
    var datelineLine: Int?
    while true {
      index = HeaderStripper.firstNonBlank(lines, from: index)
      guard index < end else { break }
      let text = lines[index].text
      if MetadataLine.matches(text) || knownBoilerplate.contains(text)
        || SiteRemnant.matches(text) || DateLine.matches(text)
      {
        index += 1
      } else if speaker == nil && SpeechLine.matches(text) {
        speaker = lines[index]
        index += 1
      } else if isCaption(lines, at: index, end: end, datelineLine: &datelineLine) {
        captions.append(lines[index])
        index += 1
      } else {
        break
      }
    }
    var rest: [SourceLine] = []
    for line in lines[min(index, end)..<end] where !SiteRemnant.matches(line.text) {
      if PhotoCredit.photographer(in: line.text) != nil && line.text.count <= 300 {
        captions.append(line)
      } else {
        rest.append(line)
      }
    }
    let contactsStart = rest.firstIndex { ContactsHeader.matches($0.text) } ?? rest.count
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
  /// `datelineLine` is a line known to open with a dateline, not read again: set to the line
  /// after a caption found so.
  private static func isCaption(
    _ lines: [SourceLine], at index: Int, end: Int, datelineLine: inout Int?
  ) -> Bool {
    let text = lines[index].text
    if text.containsText("©") || PhotoCredit.credit(in: text) != nil
      || !text.contains(where: \.isLetter)
    {
      return true
    }
    // Labelled or not, a caption has at most 300 characters.
    guard !text.isLonger(than: 300) else { return false }
    if LowercasedOpening.mayOpen(text, with: captionInitials) {
      let lower = text.prefix(16).lowercased()
      if captionLabels.contains(where: { lower.hasPrefix($0) }) { return true }
    }
    guard datelineLine != index, !Dateline.opens(text) else { return false }
    let next = HeaderStripper.firstNonBlank(lines, from: index + 1)
    guard next < end, Dateline.opens(lines[next].text) else { return false }
    datelineLine = next
    return true
  }

  /// What opens a labelled caption (lower-cased).
  private static let captionLabels = [
    "photo", "crédit", "credit", "légende", "image :", "illustration :",
  ]
  /// The first letters of `captionLabels`, to turn most lines away on their first byte.
  private static let captionInitials = LowercasedOpening.initials(of: captionLabels)
}

/// The line under a title that names who speaks (a speech) or who wrote (a by-line).
enum SpeechLine {
  private static let speechOpenings = [
    "allocution", "discours", "déclaration de", "déclaration d’", "déclaration d'",
    "intervention", "message de", "message d’", "message d'", "remarques", "propos liminaires",
    "statement", "speech", "remarks",
  ]
  /// A label alone on its line (`DÉCLARATION`).
  private static let sectionLabels: Set<String> = ["déclaration", "discours", "allocution"]

  /// The first letters of the openings, the labels and `par `, to turn most lines away on
  /// their first byte.
  private static let initials = LowercasedOpening.initials(
    of: speechOpenings + sectionLabels + ["par "])

  static func matches(_ text: String) -> Bool {
    guard LowercasedOpening.mayOpen(text, with: initials) else { return false }
    return (isSpeech(text) || text.prefix(4).lowercased() == "par ")
      && !text.isLonger(than: 250)
      && !(text.last.map { ".!?".contains($0) } ?? false)
  }

  /// Whether a section line files the page under speeches or statements.
  static func isSpeechSection(_ text: String) -> Bool {
    let lower = text.lowercased()
    return ["discours", "déclaration", "allocution", "statement", "speech"].contains {
      lower.contains($0)
    }
  }

  /// Whether the line introduces a speech or statement (not a by-line).
  static func isSpeech(_ text: String) -> Bool {
    guard LowercasedOpening.mayOpen(text, with: initials) else { return false }
    // Every opening and label is shorter than this prefix.
    let lower = text.prefix(24).lowercased()
    return speechOpenings.contains { lower.hasPrefix($0) } || sectionLabels.contains(lower)
  }
}
