@testable import CommuniqueCore

/// `SpanBuilder` as it was before it counted quote offsets in scalars and read its e-mail and
/// phone prefilters eight bytes at a time, kept as the oracle of `SpanStageOracleTests`: marks
/// what the extractors found in each paragraph as spans, and counts organisation mentions.
enum SpanBuilderOracle {
  /// Spans for every paragraph, and the number of mentions of each organisation.
  static func build(
    paragraphs scalarParagraphs: [ScalarText], quoteExtents: [QuoteExtractor.Extent],
    organisations: [Organisation],
    people: [Person]
  ) -> (spans: [[Span]], mentions: [Int]) {
    let paragraphs = scalarParagraphs.map(\.text)
    var found = Array(repeating: [(SpanKind, Range<String.Index>)](), count: paragraphs.count)
    var mentions = Array(repeating: 0, count: organisations.count)
    var characterIndices: [Int: [String.Index]] = [:]
    for extent in quoteExtents {
      for paragraph in extent.startParagraph...extent.endParagraph {
        let text = paragraphs[paragraph]
        if characterIndices[paragraph] == nil {
          characterIndices[paragraph] = Array(text.indices) + [text.endIndex]
        }
        let indices = characterIndices[paragraph]!
        let count = indices.count - 1
        let from = paragraph == extent.startParagraph ? extent.start : 0
        let to = paragraph == extent.endParagraph ? min(extent.end + 1, count) : count
        guard from < to else { continue }
        found[paragraph].append((.quote, indices[from]..<indices[to]))
      }
    }
    let search = WordSearch(
      organisationNeedles(organisations)
        + people.map { (text: $0.name, caseSensitive: true, tag: -1) })
    var spans: [[Span]] = []
    for (index, scalarText) in scalarParagraphs.enumerated() {
      let text = scalarText.text
      var direct: [Span] = []
      for match in search.matches(in: scalarText) {
        let isPerson = match.tag < 0
        if !isPerson { mentions[match.tag] += 1 }
        direct.append(
          Span(
            kind: isPerson ? .person : .organisation, start: match.range.lowerBound,
            length: match.range.count))
      }
      let bytes = text.utf8.withContiguousStorageIfAvailable(ParagraphBytes.init)
      if bytes?.hasAt ?? true {
        for match in ContactsOracle.email.matches(in: text) {
          found[index].append((.email, match.range))
        }
      }
      if bytes?.mayHoldPhoneNumber ?? true {
        for match in PhoneNumber.matches(in: text)
        where PhoneNumber.e164(String(text[match])) != nil {
          found[index].append((.phone, match))
        }
      }
      spans.append(
        (scalarSpans(found[index], in: text) + direct).sorted {
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

  private static func isAcronymLike(_ text: String) -> Bool {
    !text.containsText(" ") && text.allSatisfy { $0.isUppercase || $0.isNumber }
  }
}
