/// Turns the raw bytes of a scraped release into a `Release`: the whole pipeline.
///
/// Pure: the same bytes (and the same known boilerplate) always give the same release.
/// Nothing here throws: what cannot be understood becomes a warning.
public enum ReleaseParser {
  /// A first line longer than this is a paragraph, not a title.
  private static let maximumTitleLength = 300

  /// Parses one release.
  /// - Parameters:
  ///   - bytes: the file's content, in any of the encodings `TextDecoder` understands.
  ///   - sourcePath: where it came from, kept in the result.
  ///   - knownBoilerplate: lines learnt from the folder (lines found in most files); they
  ///     are skipped before the title and after the contacts.
  public static func parse(
    bytes: [UInt8], sourcePath: String, knownBoilerplate: Set<String> = []
  ) -> Release {
    let decoded = TextDecoder.decode(bytes)
    return parse(
      decoded: decoded, id: ContentHash.hex(of: bytes), sourcePath: sourcePath,
      knownBoilerplate: knownBoilerplate)
  }

  /// Parses text that is already decoded.
  public static func parse(
    decoded: DecodedText, id: String, sourcePath: String, knownBoilerplate: Set<String> = []
  ) -> Release {
    var release = Release(id: id, sourcePath: sourcePath, title: "", warnings: decoded.warnings)
    guard !decoded.isBinary else { return release }
    let layout = ReleaseLayout.split(
      SourceLine.split(decoded.text), knownBoilerplate: knownBoilerplate)
    guard let titleLine = layout.title else {
      release.warnings.append(ParseWarning(line: nil, message: "aucun texte trouvé"))
      return release
    }
    var bodyLines = layout.body.map(\.text)
    if titleLine.text.count > maximumTitleLength || opensWithDateline(titleLine.text) {
      let opening = Dateline.parse(titleLine.text)?.text ?? titleLine.text
      release.title = String(opening.prefix(120)).trimmingWhiteSpace() + "…"
      bodyLines.insert(titleLine.text, at: 0)
      release.warnings.append(
        ParseWarning(
          line: titleLine.number, message: "pas de titre : la première ligne est un paragraphe"))
    } else {
      (release.title, release.subtitle) = title(titleLine.text)
    }
    if let speaker = layout.speakerLine {
      release.speakerLine = Typography.clean(speaker.text)
    }

    if let first = bodyLines.firstIndex(where: { !$0.isEmpty }),
      let (dateline, rest) = Dateline.parse(bodyLines[first])
    {
      release.dateline = dateline
      bodyLines[first] = rest
    }
    var contacts = ContactsParser.parse(layout.contacts.map(\.text))
    if contacts.isEmpty && !layout.contacts.isEmpty {
      bodyLines += layout.contacts.map(\.text)
    } else if !contacts.isEmpty {
      contacts = contacts.map { contact in
        var contact = contact
        if contact.name.isEmpty { contact.name = contact.office ?? contact.emails.first ?? "" }
        return contact
      }
    }
    release.contacts = contacts
    let isSpeech =
      layout.speakerLine.map { SpeechLine.isSpeech($0.text) } ?? false
      || layout.section.map { SpeechLine.isSpeechSection($0.text) } ?? false
    release.kind = release.dateline == nil && isSpeech ? .speech : .news
    let paragraphs = ParagraphReflow.paragraphs(bodyLines).map(Typography.clean)
      .filter { !$0.isEmpty }
    if paragraphs.isEmpty {
      release.warnings.append(
        ParseWarning(line: titleLine.number, message: "aucun paragraphe après le titre"))
    }

    let appositions = PeopleExtractor.appositions(in: paragraphs)
    let captions = layout.captions.map { Typography.clean($0.text) }
    let named = PeopleExtractor.index(
      title: release.fullTitle, paragraphs: paragraphs, captions: captions,
      speakerLine: release.speakerLine, appositions: appositions)
    let quoted = QuoteExtractor.extract(paragraphs, named: appositions, people: named)
    release.quotes = quoted.map(\.quote)
    release.people = PeopleExtractor.extract(quotes: release.quotes, index: named)
    let notNames = Set(release.people.map(\.name) + contacts.map(\.name))
      .union(release.dateline.map { [$0.place] } ?? [])
    let scalarParagraphs = paragraphs.map(ScalarText.init)
    let asides = ([release.speakerLine ?? ""] + captions).filter { !$0.isEmpty }.map(
      ScalarText.init)
    var organisations = OrganisationExtractor.extract(
      [ScalarText(release.fullTitle)] + scalarParagraphs + asides, notNames: notNames)
    let (spans, mentions) = SpanBuilder.build(
      paragraphs: scalarParagraphs, quoteExtents: quoted.map(\.extent),
      organisations: organisations,
      people: release.people)
    for index in organisations.indices { organisations[index].mentions = max(mentions[index], 1) }
    release.organisations = organisations
    release.paragraphs = zip(paragraphs, spans).map { Paragraph(text: $0, spans: $1) }
    return release
  }

  /// Whether a first line is the body's opening (`Place – Il y a cinq ans, … .`), not a title:
  /// a dateline, then a sentence.
  private static func opensWithDateline(_ line: String) -> Bool {
    guard let (_, rest) = Dateline.parse(line) else { return isNarrative(line) }
    let trimmed = rest.trimmingWhiteSpace()
    return trimmed.count > 150
      || (trimmed.count > 40 && trimmed.last.map { ".!?»".contains($0) } == true)
  }

  /// Whether a first line is a story's opening sentences, not a title: a long line ending
  /// with a period, or several sentences.
  private static func isNarrative(_ line: String) -> Bool {
    // Titles never end with a period; a long first line that does is a sentence.
    if line.count >= 60, line.hasSuffix("."), !line.hasSuffix("..") { return true }
    guard line.count > 160, let last = line.last, ".!?»…".contains(last) else { return false }
    return line.dropLast().contains(". ") || line.dropLast().contains("? ")
  }

  /// Splits a title line into title and subtitle (after ` : `), each cleaned.
  static func title(_ line: String) -> (String, String?) {
    guard let separator = SubtitleSeparator.range(in: line) else {
      return (Typography.clean(line), nil)
    }
    let subtitle = Typography.clean(String(line[separator.upperBound...]))
    return (
      Typography.clean(String(line[..<separator.lowerBound])), subtitle.isEmpty ? nil : subtitle
    )
  }
}
