/// Marks what the extractors found in each paragraph as spans, and counts organisation
/// mentions along the way.
enum SpanBuilder {
  /// Spans for every paragraph, and the number of mentions of each organisation.
  static func build(
    paragraphs scalarParagraphs: [ScalarText], quoteExtents: [QuoteExtractor.Extent],
    organisations: [Organisation],
    people: [Person]
  ) -> (spans: [[Span]], mentions: [Int]) {
    var found = Array(repeating: [Span](), count: scalarParagraphs.count)
    var mentions = Array(repeating: 0, count: organisations.count)
    var characterOffsets: [Int: CharacterScalarOffsets] = [:]
    for extent in quoteExtents {
      for paragraph in extent.startParagraph...extent.endParagraph {
        if characterOffsets[paragraph] == nil {
          characterOffsets[paragraph] = CharacterScalarOffsets(scalarParagraphs[paragraph])
        }
        let offsets = characterOffsets[paragraph]!
        let count = offsets.count
        let from = paragraph == extent.startParagraph ? extent.start : 0
        let to = paragraph == extent.endParagraph ? min(extent.end + 1, count) : count
        guard from < to else { continue }
        let start = offsets.scalarOffset(of: from)
        found[paragraph].append(
          Span(kind: .quote, start: start, length: offsets.scalarOffset(of: to) - start))
      }
    }
    let search = WordSearch(
      organisationNeedles(organisations)
        + people.map { (text: $0.name, caseSensitive: true, tag: -1) })
    var spans: [[Span]] = []
    spans.reserveCapacity(scalarParagraphs.count)
    for (index, scalarText) in scalarParagraphs.enumerated() {
      let text = scalarText.text
      let matches = search.matches(in: scalarText)
      var paragraphSpans = found[index]
      let prefilter = text.utf8.withContiguousStorageIfAvailable(SpanPrefilter.init)
      if prefilter?.mayHoldEmail ?? true || prefilter?.mayHoldPhoneNumber ?? true {
        var ranges: [(SpanKind, Range<String.Index>)] = []
        if prefilter?.mayHoldEmail ?? true {
          for range in EmailRuns.ranges(in: text) { ranges.append((.email, range)) }
        }
        if prefilter?.mayHoldPhoneNumber ?? true {
          for match in PhoneNumber.matches(in: text)
          where PhoneNumber.e164(String(text[match])) != nil {
            ranges.append((.phone, match))
          }
        }
        paragraphSpans.reserveCapacity(paragraphSpans.count + ranges.count + matches.count)
        paragraphSpans += scalarSpans(ranges, in: text)
      } else {
        paragraphSpans.reserveCapacity(paragraphSpans.count + matches.count)
      }
      for match in matches {
        let isPerson = match.tag < 0
        if !isPerson { mentions[match.tag] += 1 }
        paragraphSpans.append(
          Span(
            kind: isPerson ? .person : .organisation, start: match.range.lowerBound,
            length: match.range.count))
      }
      spans.append(
        paragraphSpans.sorted {
          ($0.start, $0.kind.rawValue) < ($1.start, $1.kind.rawValue)
        })
    }
    return (spans, mentions)
  }

  /// Converts ranges to scalar-offset spans in one pass over the text, sorted by start.
  private static func scalarSpans(_ ranges: [(SpanKind, Range<String.Index>)], in text: String)
    -> [Span]
  {
    let sorted = ranges.sorted { $0.1.lowerBound < $1.1.lowerBound }
    let scalars = text.unicodeScalars
    var position = scalars.startIndex
    var offset = 0
    return sorted.map { kind, range in
      offset += scalars.distance(from: position, to: range.lowerBound)
      position = range.lowerBound
      return Span(
        kind: kind, start: offset,
        length: scalars.distance(from: range.lowerBound, to: range.upperBound))
    }
  }

  /// Every name and acronym of every organisation, tagged with its position.
  private static func organisationNeedles(_ organisations: [Organisation])
    -> [(text: String, caseSensitive: Bool, tag: Int)]
  {
    var needles: [(text: String, caseSensitive: Bool, tag: Int)] = []
    for (index, organisation) in organisations.enumerated() {
      for name in [organisation.name] + organisation.aliases {
        needles.append((name, false, index))
      }
      if let acronym = organisation.acronym {
        needles.append((acronym, true, index))
        for alias in Gazetteer.entry(for: acronym)?.aliases ?? [] where isAcronymLike(alias) {
          needles.append((alias, true, index))
        }
      }
    }
    return needles
  }

  /// Whether `text` is one word of capitals and digits. On ASCII, where a character is a
  /// capital when it is `A`…`Z` and a number when it is `0`…`9`, read on the bytes.
  private static func isAcronymLike(_ text: String) -> Bool {
    let utf8 = text.utf8
    if utf8.allSatisfy({ $0 < 0x80 }) {
      return utf8.allSatisfy { $0 &- 0x41 < 26 || $0 &- 0x30 < 10 }
    }
    return !text.containsText(" ") && text.allSatisfy { $0.isUppercase || $0.isNumber }
  }
}
