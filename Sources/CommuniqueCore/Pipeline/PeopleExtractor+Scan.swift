/// `PeopleExtractor`'s apposition patterns read by hand, match for match as the regular
/// expression engine reads them (`matches(in:)`: left to right, each match's search starting
/// where the last one ended). The patterns live on as the tests' oracle (`ReplacedPatterns`).
enum AppositionScan {
  /// A match: the name and the role, as ranges of the text.
  typealias Found = (name: Range<String.Index>, role: Range<String.Index>)
  private typealias Offsets = (match: Range<Int>, name: Range<Int>, role: Range<Int>)

  /// The matches whose range and groups are on character boundaries (`Pattern` leaves the
  /// others out).
  private static func aligned(_ matches: [Offsets], in text: String) -> [Found] {
    matches.compactMap { match in
      guard text.characterRange(utf8: match.match) != nil,
        let name = text.characterRange(utf8: match.name),
        let role = text.characterRange(utf8: match.role)
      else { return nil }
      return (name, role)
    }
  }

  /// The matches of `(?<![\p{L}])(name)\s*,\s*(roleWord\b[^,.;:«»()]*)`.
  static func appositions(in text: String) -> [Found] {
    let matches = text.withPatternText { text -> [Offsets] in
      var found: [Offsets] = []
      var offset = 0
      // The next comma at or after `offset`: a name can only start past it once a later
      // comma is found.
      var comma = -1
      while offset < text.count {
        if offset > comma {
          guard let window = nameWindow(text, from: offset) else { break }
          comma = window.comma
          offset = window.start
        }
        if mayOpenName(text, at: offset), let match = apposition(text, at: offset) {
          found.append((offset..<match.role.upperBound, match.name, match.role))
          offset = match.role.upperBound
        } else {
          // A byte in a scalar is no candidate either: stepping by bytes is stepping by scalars.
          // Nor is a byte right after an ASCII letter, so a run of them is stepped over whole.
          offset += 1
          while offset < text.count, isASCIILetter(text.bytes[offset - 1]) { offset += 1 }
        }
      }
      return found
    }
    return aligned(matches, in: text)
  }

  /// The matches of `(?<![\p{L}])(?:le|la|Le|La)\s+(roleWord\b[^,.;:«»()]{0,120}?)\s*,\s+`
  /// `(?:M\.\s+|Mme\s+)?(name)\s*(?=[,.;)]|\s+[\p{Ll}])`.
  static func rolesBeforeNames(in text: String) -> [Found] {
    let matches = text.withPatternText { text -> [Offsets] in
      var found: [Offsets] = []
      var offset = 0
      // The first of `,.;:«»()` at or after the last `l` looked at: a match can only start
      // at an `l` or `L` whose first such mark is a comma.
      var stop = -1
      while let candidate = nextL(text, from: offset) {
        if candidate > stop {
          guard let next = roleEnd(text, from: candidate) else { break }
          stop = next
        }
        guard text.bytes[stop] == 0x2C else {
          offset = text.end(after: stop)
          continue
        }
        if text.has(0x65, at: candidate + 1) || text.has(0x61, at: candidate + 1),
          notAfterLetter(text, candidate), let match = roleBeforeName(text, at: candidate)
        {
          found.append((candidate..<match.end, match.name, match.role))
          offset = match.end
        } else {
          offset = candidate + 1
        }
      }
      return found
    }
    return aligned(matches, in: text)
  }

  /// Where the next comma at or after `offset` stands, and where an apposition's name may
  /// start before it; nil when no comma follows (no apposition is left). The name and the
  /// white space after it run up to that comma: back from it, past white space (any byte
  /// below `!` or beyond ASCII), the name holds letters, `'`, `-`, bytes beyond ASCII and at
  /// most eight spaces (five tokens, particles between them), so none starts further back.
  private static func nameWindow(_ text: PatternText, from offset: Int)
    -> (start: Int, comma: Int)?
  {
    var comma = offset
    while comma + 8 <= text.count, !ByteWord.holds(0x2C, in: ByteWord.load(text.bytes, at: comma)) {
      comma += 8
    }
    while comma < text.count, text.bytes[comma] != 0x2C { comma += 1 }
    guard comma < text.count else { return nil }
    var start = comma
    while start > offset {
      let byte = text.bytes[start - 1]
      guard byte <= 0x20 || byte >= 0x80 else { break }
      start -= 1
    }
    var spaces = 0
    while start > offset {
      let byte = text.bytes[start - 1]
      if byte == 0x20 {
        spaces += 1
        if spaces > 8 { break }
      } else if byte < 0x80, (byte | 0x20) &- 0x61 >= 26, byte != 0x27, byte != 0x2D {
        break
      }
      start -= 1
    }
    return (start, comma)
  }

  /// Where the first of `,.;:«»()` at or after `offset` stands (a byte offset may fall inside
  /// a scalar: no lead byte of those scalars does). A role before a name runs from `le` or
  /// `la` to a comma with none of them before it, so none starts before the first unless it
  /// is a comma. Nil when there is none: no role before a name is left.
  private static func roleEnd(_ text: PatternText, from offset: Int) -> Int? {
    var index = offset
    while index + 8 <= text.count, !mayEndRole(ByteWord.load(text.bytes, at: index)) {
      index += 8
    }
    while index < text.count {
      switch text.bytes[index] {
      case 0x2C, 0x2E, 0x3B, 0x3A, 0x28, 0x29: return index
      case 0xC2:
        if index + 1 < text.count, text.bytes[index + 1] | 0x10 == 0xBB { return index }
      default: break
      }
      index += 1
    }
    return nil
  }

  /// Whether one of the eight bytes of `word` may be or start one of `,.;:«»()`: an ASCII byte
  /// from `(` to `;`, or 0xC2 (false only when none is).
  @inline(__always)
  private static func mayEndRole(_ word: UInt64) -> Bool {
    let ascii = ~word & 0x8080_8080_8080_8080
    let low = word & 0x7F7F_7F7F_7F7F_7F7F
    // A byte's high bit is set by the sums when it is at least `(`, and at least `<`.
    let inRange = (low &+ 0x5858_5858_5858_5858) & ~(low &+ 0x4444_4444_4444_4444) & ascii
    return inRange != 0 || ByteWord.holds(0xC2, in: word)
  }

  /// Where the first `l` or `L` at or after `offset` stands (no byte of a longer scalar is
  /// one), eight bytes at a time past words that hold none; nil when there is none.
  private static func nextL(_ text: PatternText, from offset: Int) -> Int? {
    var index = offset
    while index + 8 <= text.count,
      !ByteWord.holds(0x6C, in: ByteWord.load(text.bytes, at: index) | 0x2020_2020_2020_2020)
    {
      index += 8
    }
    while index < text.count, text.bytes[index] | 0x20 != 0x6C { index += 1 }
    return index < text.count ? index : nil
  }

  /// Whether a name token may start at `offset` (a capital or a prefix's first letter, not
  /// right after a letter): a cheap test before the name is read.
  private static func mayOpenName(_ text: PatternText, at offset: Int) -> Bool {
    let byte = text.bytes[offset]
    let opens =
      (0x41...0x5A).contains(byte) || byte >= 0xC0 || byte == 0x61 || byte == 0x65
      || byte == 0x62 || byte == 0x69
    return opens && notAfterLetter(text, offset)
  }

  /// `(?<![\p{L}])` at `offset`.
  private static func notAfterLetter(_ text: PatternText, _ offset: Int) -> Bool {
    guard offset > 0 else { return true }
    let previous = text.bytes[offset - 1]
    // An ASCII byte is a whole scalar, and a letter only from `A` to `Z` or `a` to `z`.
    if previous < 0x80 { return !isASCIILetter(previous) }
    return !PatternText.isLetter(text.scalar(at: text.start(before: offset)).value)
  }

  /// `A` to `Z` or `a` to `z`.
  @inline(__always)
  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26
  }

  /// Whether `value` is one of `,.;:«»()`, which end an apposition's role.
  private static func endsRole(_ value: UInt32) -> Bool {
    switch value {
    case 0x2C, 0x2E, 0x3B, 0x3A, 0xAB, 0xBB, 0x28, 0x29: return true
    default: return false
    }
  }

  private static func apposition(_ text: PatternText, at offset: Int)
    -> (name: Range<Int>, role: Range<Int>)?
  {
    let ends = text.nameEnds(at: offset)
    guard ends.count >= 2 else { return nil }
    for end in ends[1...].reversed() {
      let comma = text.skipSpaces(from: end)
      guard text.has(0x2C, at: comma) else { continue }
      let role = text.skipSpaces(from: comma + 1)
      guard !text.roleWordEnds(at: role).isEmpty else { continue }
      var roleEnd = role
      while roleEnd < text.count {
        let (value, length) = text.scalar(at: roleEnd)
        if endsRole(value) { break }
        roleEnd += length
      }
      return (offset..<end, role..<roleEnd)
    }
    return nil
  }

  private static func roleBeforeName(_ text: PatternText, at offset: Int)
    -> (name: Range<Int>, role: Range<Int>, end: Int)?
  {
    // `(?:le|la|Le|La)\s+`.
    guard text.isSpace(at: offset + 2) else { return nil }
    let role = text.skipSpaces(from: offset + 2)
    for wordEnd in text.roleWordEnds(at: role) {
      // `[^,.;:«»()]{0,120}?\s*,`: the lazy run stops where only white space is left before
      // the first of `,.;:«»()`, which must be a comma.
      // Read no further than 120 scalars past the role word but for white space.
      var stop = wordEnd
      var roleEnd = wordEnd
      var scalars = 0
      var tooLong = false
      while stop < text.count {
        let (value, length) = text.scalar(at: stop)
        if endsRole(value) { break }
        stop += length
        scalars += 1
        if !PatternText.isSpace(value) {
          roleEnd = stop
          tooLong = scalars > 120
          if tooLong { break }
        }
      }
      guard !tooLong, text.has(0x2C, at: stop) else { continue }
      // `\s+(?:M\.\s+|Mme\s+)?(name)`.
      guard text.isSpace(at: stop + 1) else { continue }
      for start in text.honorificStarts(at: text.skipSpaces(from: stop + 1)) {
        let ends = text.nameEnds(at: start)
        guard ends.count >= 2 else { continue }
        for end in ends[1...].reversed() {
          // `\s*(?=[,.;)]|\s+[\p{Ll}])`.
          let next = text.skipSpaces(from: end)
          guard next < text.count else { continue }
          let value = text.scalar(at: next).value
          if value == 0x2C || value == 0x2E || value == 0x3B || value == 0x29 {
            return (start..<end, role..<roleEnd, next)
          }
          if next > end, PatternText.isLowercase(value) {
            return (start..<end, role..<roleEnd, text.start(before: next))
          }
        }
      }
    }
    return nil
  }
}
