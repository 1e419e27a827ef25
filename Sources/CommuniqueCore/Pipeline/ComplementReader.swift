/// Reads one complement of an institution's name (` des affaires sociales`, ` de l’OIM`,
/// ` en Libye`), as the regular expression it replaces did:
///
///     \s+(?:et\s+)?(?:ELIDED\s*WORDS|CONNECTOR\s+(?:[\p{Lu}]{2,}\b(?![\-'’])
///       |(?![\p{Lu}]{2,}\b)WORDS)|en\s+[\p{Lu}][\p{Ll}\-]+(?:\s+[\p{Lu}][\p{Ll}\-]+)*)
///     WORDS = [\p{L}][\p{L}\-]*(?!['’])(?:\s+[\p{Lu}][\p{Ll}\-]+)*(?:\s+ADJECTIVE)*
///
/// Alternatives are tried in the engine's order; once a complement's first word is read,
/// the rest is optional and greedy, so the first way that reads a first word is the match.
struct ComplementReader: Sendable {
  /// The elided connectors (`de l’`, `d’`), grouped by first byte, each group in order.
  private let elided: [Phrase]
  /// The connectors (`de la`, `des`, `au` unless `au sein`), grouped the same way.
  private let connectors: [Phrase]
  /// The adjectives that may follow a complement's words.
  private let adjective: AdjectiveReader

  /// The bytes a connector, elided or not, or `en` starts with.
  private let firstBytes: ByteSet
  /// For each byte, the range of `elided` of the phrases that start with it (the others
  /// cannot start there): a range, not an array of positions, so reading it retains nothing.
  private let elidedByFirstByte: [Range<Int>]
  /// For each byte, the range of `connectors` of the phrases that start with it.
  private let connectorsByFirstByte: [Range<Int>]

  init(elided: [Phrase], connectors: [Phrase], adjective: AdjectiveReader) {
    (self.elided, elidedByFirstByte) = Self.grouped(elided)
    (self.connectors, connectorsByFirstByte) = Self.grouped(connectors)
    self.adjective = adjective
    firstBytes = ByteSet((elided + connectors).map(\.firstByte) + [UInt8(ascii: "e")])
  }

  /// The phrases grouped by first byte, each group in the given order, and the range of each
  /// byte's group.
  private static func grouped(_ phrases: [Phrase]) -> ([Phrase], [Range<Int>]) {
    var ordered: [Phrase] = []
    var ranges: [Range<Int>] = []
    for byte in 0...255 {
      let start = ordered.count
      ordered += phrases.filter { Int($0.firstByte) == byte }
      ranges.append(start..<ordered.count)
    }
    return (ordered, ranges)
  }

  /// The end of the complement at `offset` (its white space included), if one starts there.
  func end(at offset: Int, in text: NameText) -> Int? {
    guard let start = text.someSpaces(from: offset) else { return nil }
    if text.holds(0x65, 0x74, at: start), let next = text.someSpaces(from: start + 2),
      let end = connected(at: next, in: text)
    {
      return end
    }
    return connected(at: start, in: text)
  }

  /// A connector and what follows it, at `offset`.
  private func connected(at offset: Int, in text: NameText) -> Int? {
    guard offset < text.limit, firstBytes.contains(text.bytes[offset]) else { return nil }
    let first = Int(text.bytes[offset])
    for index in elidedByFirstByte[first] {
      if let end = elided[index].end(at: offset, in: text),
        let words = words(at: text.spaces(from: end), in: text)
      {
        return words
      }
    }
    for index in connectorsByFirstByte[first] {
      if let end = connectors[index].end(at: offset, in: text),
        let next = text.someSpaces(from: end),
        let words = acronymOrWords(at: next, in: text)
      {
        return words
      }
    }
    // `en Libye`, `en Côte d` …
    guard text.holds(0x65, 0x6E, at: offset), let next = text.someSpaces(from: offset + 2),
      var end = text.capitalisedWord(at: next, then: ScalarClass.lower)
    else { return nil }
    while let next = text.someSpaces(from: end),
      let word = text.capitalisedWord(at: next, then: ScalarClass.lower)
    {
      end = word
    }
    return end
  }

  /// `[\p{Lu}]{2,}\b(?![\-'’])|(?![\p{Lu}]{2,}\b)WORDS` at `offset`: an acronym ends the
  /// name; one joined to what follows ends nothing.
  private func acronymOrWords(at offset: Int, in text: NameText) -> Int? {
    var end = offset
    var capitals = 0
    while end < text.limit {
      let (value, next) = text.scalar(at: end)
      guard text.flags(of: value) & ScalarClass.upper != 0 else { break }
      end = next
      capitals += 1
    }
    if capitals >= 2 && text.isWordBoundary(at: end) {
      let joined = end < text.limit && (text.bytes[end] == 0x2D || text.isApostrophe(at: end))
      return joined ? nil : end
    }
    return words(at: offset, in: text)
  }

  /// `WORDS` at `offset`: a word (not cut before an apostrophe), capitalised words,
  /// adjectives.
  private func words(at offset: Int, in text: NameText) -> Int? {
    guard offset < text.limit else { return nil }
    let (first, next) = text.scalar(at: offset)
    guard text.flags(of: first) & ScalarClass.letter != 0 else { return nil }
    var end = text.run(from: next, of: ScalarClass.letter, hyphen: true)
    if text.isApostrophe(at: end) {
      // The engine gives the word's last scalar back so that no apostrophe follows.
      guard end > next else { return nil }
      end = text.start(before: end)
    }
    while let next = text.someSpaces(from: end),
      let word = text.capitalisedWord(at: next, then: ScalarClass.lower)
    {
      end = word
    }
    while let next = text.someSpaces(from: end), let word = adjective.end(at: next, in: text) {
      end = word
    }
    return end
  }
}
