/// `QuoteExtractor`'s attribution patterns read by hand, as the regular expression engine
/// reads them (`firstMatch(in:)`: the leftmost match, each part tried in the engine's order).
/// The patterns live on as the tests' oracle (`ReplacedPatterns`).
enum AttributionScan {
  /// A speaker's name and the role written with it, as ranges of the text: nil when the
  /// pattern's group is not on character boundaries (as `Pattern` gives it).
  typealias Found = (name: Range<String.Index>?, role: Range<String.Index>?)
  /// A match and its groups, as UTF-8 offsets.
  private typealias Offsets = (match: Range<Int>, name: Range<Int>, role: Range<Int>?)

  static let verbs = VerbPattern(QuoteExtractor.verbPieces)

  /// the pattern `afterNamed`: `^\s*[,.]?\s*verb\s+(?:M\.\s+|Mme\s+)?(name|token)`
  /// `(?:\s*,\s*([^«»]+?))?\s*(?:\.(?=\s+\p{Lu})|\.?\s*$|\.?\s*(?=«))`.
  static func afterNamed(_ string: String) -> Found? {
    found(in: string) { text in
      var result: Offsets?
      _ = verbs.visitEnds(in: text, at: opening(text)) { verbEnd in
        guard text.isSpace(at: verbEnd) else { return false }
        for start in text.honorificStarts(at: text.skipSpaces(from: verbEnd)) {
          // `(name|token)`: the longest name first, one token last.
          for end in text.nameEnds(at: start).reversed() {
            if let tail = namedTail(text, from: end) {
              result = (0..<tail.end, start..<end, tail.role)
              return true
            }
          }
        }
        return false
      }
      return result
    }
  }

  /// the pattern `afterRoleThenName`: `^\s*[,.]?\s*verb\s+(?:le|la|l['’])\s*`
  /// `([^,«»]{3,160}?)\s*,\s+(?:M\.\s+|Mme\s+)?(name)\s*(?:[.,]|$)`.
  static func afterRoleThenName(_ string: String) -> Found? {
    found(in: string) { text in
      var result: Offsets?
      _ = verbs.visitEnds(in: text, at: opening(text)) { verbEnd in
        guard text.isSpace(at: verbEnd) else { return false }
        let article = text.skipSpaces(from: verbEnd)
        guard let articleEnd = Self.articleEnd(text, at: article) else { return false }
        // `\s*`, longest first, then the role, as short as it can be.
        var start = text.skipSpaces(from: articleEnd)
        while true {
          if let found = roleThenName(text, roleStart: start) {
            result = found
            return true
          }
          guard start > articleEnd else { return false }
          start = text.start(before: start)
        }
      }
      return result
    }
  }

  /// the pattern `beforeSelon`: `(?:Selon|D['’]après|Pour)\s+(?:M\.\s+|Mme\s+)?(name)`
  /// `(?:\s*,\s*([^«»]+?))?\s*,\s*$`.
  static func beforeSelon(_ string: String) -> Found? {
    found(in: string) { text in
      guard mayEndWithComma(text) else { return nil }
      var offset = 0
      while offset < text.count {
        defer { offset = text.end(after: offset) }
        guard let cueEnd = selonEnd(text, at: offset), text.isSpace(at: cueEnd) else { continue }
        for start in text.honorificStarts(at: text.skipSpaces(from: cueEnd)) {
          let ends = text.nameEnds(at: start)
          guard ends.count >= 2 else { continue }
          for end in ends[1...].reversed() {
            let rest = { (after: Int) in isFinalComma(text, after) }
            if let tail = tail(text, from: end, then: rest, otherwise: rest) {
              return (offset..<tail.end, start..<end, tail.role)
            }
          }
        }
      }
      return nil
    }
  }

  /// the pattern `beforeVerb`: `(?:^|[.!?]\s+|,\s+)(name|token)(?:\s*,\s*([^«»]+?)\s*,)?`
  /// `\s+verb\s*(?:que\s*)?:?\s*$`.
  static func beforeVerb(_ string: String) -> Found? {
    found(in: string) { text in
      guard mayEndWithVerb(text) else { return nil }
      var offset = 0
      while offset < text.count {
        defer { offset = text.end(after: offset) }
        var starts: [Int] = []
        if offset == 0 { starts.append(0) }
        let byte = text.bytes[offset]
        if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x2C,
          text.isSpace(at: offset + 1)
        {
          starts.append(text.skipSpaces(from: offset + 1))
        }
        for start in starts {
          for end in text.nameEnds(at: start).reversed() {
            let tail = tail(
              text, from: end,
              then: { after in
                // `\s*,` closes the role.
                let comma = text.skipSpaces(from: after)
                guard text.has(0x2C, at: comma) else { return nil }
                return endsWithVerb(text, from: comma + 1)
              }, otherwise: { endsWithVerb(text, from: $0) })
            if let tail { return (offset..<tail.end, start..<end, tail.role) }
          }
        }
      }
      return nil
    }
  }

  /// The comma that opens the pattern `circumstance`: `,\s+(?:lors|pendant|…|`
  /// `[\p{Ll}]+ant\b)`; nil when there is none, or when the first match is not on character
  /// boundaries (as `Pattern` gives it).
  static func circumstanceStart(in string: String) -> String.Index? {
    let match = string.withPatternText { text -> Range<Int>? in
      var offset = 0
      while offset < text.count {
        if text.bytes[offset] == 0x2C, text.isSpace(at: offset + 1),
          let end = circumstanceEnd(text, at: text.skipSpaces(from: offset + 1))
        {
          return offset..<end
        }
        offset += 1
      }
      return nil
    }
    guard let match, let range = string.characterRange(utf8: match) else { return nil }
    return range.lowerBound
  }

  // MARK: Parts

  private static func found(in string: String, _ scan: (PatternText) -> Offsets?) -> Found? {
    guard let found = string.withPatternText(scan), string.characterRange(utf8: found.match) != nil
    else { return nil }
    return (string.characterRange(utf8: found.name), found.role.flatMap(string.characterRange))
  }

  /// `^\s*[,.]?\s*`: where the verb starts.
  private static func opening(_ text: PatternText) -> Int {
    var offset = text.skipSpaces(from: 0)
    if text.has(0x2C, at: offset) || text.has(0x2E, at: offset) { offset += 1 }
    return text.skipSpaces(from: offset)
  }

  /// `(?:\s*,\s*([^«»]+?))?` after `end`, followed by `rest` when the group is there and by
  /// `otherwise` when it is left out (each gives where the match ends, or nil): the role
  /// (nil when the group is left out) and the match's end, or nil when neither way matches.
  /// The comma's `\s*` gives back its white space one scalar at a time, and the role grows
  /// one scalar at a time.
  private static func tail(
    _ text: PatternText, from end: Int, then rest: (Int) -> Int?, otherwise: (Int) -> Int?
  ) -> (role: Range<Int>?, end: Int)? {
    let comma = text.skipSpaces(from: end)
    if text.has(0x2C, at: comma) {
      var start = text.skipSpaces(from: comma + 1)
      while true {
        var roleEnd = start
        while roleEnd < text.count {
          let (value, length) = text.scalar(at: roleEnd)
          guard value != 0xAB, value != 0xBB else { break }
          roleEnd += length
          if let matchEnd = rest(roleEnd) { return (start..<roleEnd, matchEnd) }
        }
        guard start > comma + 1 else { break }
        start = text.start(before: start)
      }
    }
    return otherwise(end).map { (nil, $0) }
  }

  /// the pattern `afterNamed`'s tail after the name.
  private static func namedTail(_ text: PatternText, from end: Int)
    -> (role: Range<Int>?, end: Int)?
  {
    // `\s*(?:\.(?=\s+\p{Lu})|\.?\s*$|\.?\s*(?=«))`.
    let rest = { (after: Int) -> Int? in
      let next = text.skipSpaces(from: after)
      if text.has(0x2E, at: next) {
        let following = text.skipSpaces(from: next + 1)
        if following > next + 1, following < text.count,
          PatternText.isUppercase(text.scalar(at: following).value)
        {
          return next + 1
        }
        if following == text.count { return following }
        return text.scalar(at: following).value == 0xAB ? following : nil
      }
      if next == text.count { return next }
      return text.scalar(at: next).value == 0xAB ? next : nil
    }
    return tail(text, from: end, then: rest, otherwise: rest)
  }

  /// `\s*,\s*$` from `offset`: the end, or nil.
  private static func isFinalComma(_ text: PatternText, _ offset: Int) -> Int? {
    let comma = text.skipSpaces(from: offset)
    guard text.has(0x2C, at: comma), text.skipSpaces(from: comma + 1) == text.count else {
      return nil
    }
    return text.count
  }

  /// Whether `\s*,\s*$` can end `text`: white space is ASCII bytes up to the space and
  /// bytes beyond ASCII, so the last byte that is neither must be the comma. Read before
  /// `beforeSelon`'s scan, which ends every match there.
  private static func mayEndWithComma(_ text: PatternText) -> Bool {
    var end = text.count
    while end > 0, text.bytes[end - 1] <= 0x20 || text.bytes[end - 1] >= 0x80 { end -= 1 }
    return end > 0 && text.bytes[end - 1] == 0x2C
  }

  /// Whether `verb\s*(?:que\s*)?:?\s*$` can end `text`: every verb and `que` end with a
  /// lower-case letter, so the scalar before the final white space, colon and white space
  /// must be one. Read before `beforeVerb`'s scan, which ends every match there.
  private static func mayEndWithVerb(_ text: PatternText) -> Bool {
    var end = spacesStart(text, before: text.count)
    if end > 0, text.bytes[end - 1] == 0x3A { end = spacesStart(text, before: end - 1) }
    return end > 0 && PatternText.isLowercase(text.scalar(at: text.start(before: end)).value)
  }

  /// Where the run of white space that ends at `offset` starts.
  private static func spacesStart(_ text: PatternText, before offset: Int) -> Int {
    var start = offset
    while start > 0 {
      let previous = text.start(before: start)
      guard PatternText.isSpace(text.scalar(at: previous).value) else { break }
      start = previous
    }
    return start
  }

  /// `\s+verb\s*(?:que\s*)?:?\s*$` from `offset`: the end, or nil.
  private static func endsWithVerb(_ text: PatternText, from offset: Int) -> Int? {
    guard text.isSpace(at: offset) else { return nil }
    let found = verbs.visitEnds(in: text, at: text.skipSpaces(from: offset)) { verbEnd in
      let next = text.skipSpaces(from: verbEnd)
      if text.holds(Self.que, at: next), endsWithColon(text, text.skipSpaces(from: next + 3)) {
        return true
      }
      return endsWithColon(text, next)
    }
    return found ? text.count : nil
  }

  /// `:?\s*$` at `offset`, after white space.
  private static func endsWithColon(_ text: PatternText, _ offset: Int) -> Bool {
    offset == text.count
      || (text.has(0x3A, at: offset) && text.skipSpaces(from: offset + 1) == text.count)
  }

  /// `(?:le|la|l['’])` at `offset`: where it ends.
  private static func articleEnd(_ text: PatternText, at offset: Int) -> Int? {
    guard text.has(0x6C, at: offset), offset + 1 < text.count else { return nil }
    let (value, length) = text.scalar(at: offset + 1)
    switch value {
    case 0x65, 0x61, 0x27, 0x2019: return offset + 1 + length
    default: return nil
    }
  }

  /// `([^,«»]{3,160}?)\s*,\s+(?:M\.\s+|Mme\s+)?(name)\s*(?:[.,]|$)` with the role from
  /// `roleStart`.
  private static func roleThenName(_ text: PatternText, roleStart: Int) -> Offsets? {
    // The role ends as early as it can: after 3 scalars, and where only white space is
    // left before the first of `,«»`, which must be a comma.
    var stop = roleStart
    var lastNonSpaceEnd = roleStart
    var scalars = 0
    var threeScalarsEnd: Int?
    while stop < text.count {
      let (value, length) = text.scalar(at: stop)
      if value == 0x2C || value == 0xAB || value == 0xBB { break }
      stop += length
      scalars += 1
      if scalars == 3 { threeScalarsEnd = stop }
      if !PatternText.isSpace(value) { lastNonSpaceEnd = stop }
    }
    guard text.has(0x2C, at: stop), let threeScalarsEnd else { return nil }
    let roleEnd = max(threeScalarsEnd, lastNonSpaceEnd)
    var length = 0
    var index = roleStart
    while index < roleEnd {
      index = text.end(after: index)
      length += 1
    }
    guard length <= 160, text.isSpace(at: stop + 1) else { return nil }
    for start in text.honorificStarts(at: text.skipSpaces(from: stop + 1)) {
      let ends = text.nameEnds(at: start)
      guard ends.count >= 2 else { continue }
      for end in ends[1...].reversed() {
        let next = text.skipSpaces(from: end)
        if next == text.count { return (0..<next, start..<end, roleStart..<roleEnd) }
        if text.has(0x2E, at: next) || text.has(0x2C, at: next) {
          return (0..<next + 1, start..<end, roleStart..<roleEnd)
        }
      }
    }
    return nil
  }

  /// `(?:Selon|D['’]après|Pour)` at `offset`: where it ends.
  private static func selonEnd(_ text: PatternText, at offset: Int) -> Int? {
    for cue in selonCues where text.holds(cue, at: offset) { return offset + cue.count }
    return nil
  }

  private static let selonCues = ["Selon", "D'après", "D’après", "Pour"].map { Array($0.utf8) }
  private static let que = Array("que".utf8)

  /// The words of the pattern `circumstance` after its comma (the last one,
  /// `[\p{Ll}]+ant\b`, is read apart).
  private static let circumstanceWords = [
    "lors", "pendant", "durant", "dans", "devant", "après", "avant", "au cours",
    "à l'occasion", "à l’occasion", "en marge", "alors", "car", "mais", "tout en", "depuis",
  ].map { Array($0.utf8) }

  /// Where the words of the pattern `circumstance` after its comma end at `offset`, the
  /// first that matches in the pattern's order, or nil.
  private static func circumstanceEnd(_ text: PatternText, at offset: Int) -> Int? {
    if let word = circumstanceWords.first(where: { text.holds($0, at: offset) }) {
      return offset + word.count
    }
    // `[\p{Ll}]+ant\b`: a run of lower-case letters of four or more ending with `ant`, at a
    // boundary (a shorter run would leave a lower-case letter right after `ant`).
    var end = offset
    var scalars = 0
    while end < text.count {
      let (value, length) = text.scalar(at: end)
      guard PatternText.isLowercase(value) else { break }
      end += length
      scalars += 1
    }
    guard scalars >= 4, text.bytes[end - 3] == 0x61, text.bytes[end - 2] == 0x6E,
      text.bytes[end - 1] == 0x74, text.isBoundary(afterWordCharacterAt: end)
    else { return nil }
    return end
  }
}
