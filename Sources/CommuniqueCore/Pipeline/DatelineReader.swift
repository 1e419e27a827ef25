/// The dateline pattern `Dateline` used, read by hand on the bytes in the engine's order of
/// trials (greedy repetitions longest first, alternatives left to right), so that it finds the
/// match and the groups the engine found:
///
/// `^(W(?:J W){0,3}(?:[ ]*[,/][ ]*W(?:J W){0,2}){0,2})[ ]*(?:\(([^()]{1,60})\))?`
/// `(?:[ ]*,[ ]*((?:le[ ]+)?[0-9]{1,2}(?:er)?[ ]+[\p{L}]+\.?(?:[ ]+[0-9]{4})?))?`
/// `[ ]*[-–—][ ]+(\S.*)$`, where W is `[\p{Lu}][\p{L}'’.\-]*` and J is
/// `[ ]+(?:(?:de|du|des|la|le|les|el|al|am|upon|on)[ ]+|d['’])?`; classes as the engine reads
/// them (`ScalarClass`), `.` and `$` with the engine's line terminators.
final class DatelineReader {
  /// The groups of a match, as UTF-8 offsets.
  struct Groups {
    /// The place (group 1).
    var place = 0..<0
    /// The note in brackets (group 2), if any.
    var note: Range<Int>?
    /// The date after a comma (group 3), if any.
    var when: Range<Int>?
    /// The text after the dash (group 4).
    var rest = 0..<0
  }

  /// The particles of the joiner, in the pattern's order (each followed there by spaces).
  static let particles = [
    "de", "du", "des", "la", "le", "les", "el", "al", "am", "upon", "on",
  ].map { Array($0.utf8) }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var groups = Groups()

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The groups of the pattern's match on `line`, as UTF-8 offsets; nil when it does not match.
  private static func groups(in line: String) -> Groups? {
    if let groups = line.utf8.withContiguousStorageIfAvailable(groups(in:)) { return groups }
    return Array(line.utf8).withUnsafeBufferPointer(groups(in:))
  }

  /// The groups of the pattern's match on `line` as ranges of its indices, in the pattern's
  /// order (place, note, date, rest), as the engine's match gave them: a group that does not
  /// start and end on character boundaries is nil there too (`Range(_:in:)` made it nil).
  static func characterGroups(in line: String) -> [Range<String.Index>?]? {
    guard let groups = groups(in: line) else { return nil }
    func range(_ offsets: Range<Int>?) -> Range<String.Index>? {
      offsets.flatMap { line.characterRange(utf8: $0) }
    }
    return [range(groups.place), range(groups.note), range(groups.when), range(groups.rest)]
  }

  /// The groups of the pattern's match on the UTF-8 text `bytes`.
  private static func groups(in bytes: UnsafeBufferPointer<UInt8>) -> Groups? {
    let reader = DatelineReader(bytes)
    return reader.place() ? reader.groups : nil
  }

  // MARK: The pattern, element by element; each tries its ways in the engine's order and
  // calls `next` with where it ends, until `next` succeeds.

  /// The whole pattern from the start of the line.
  private func place() -> Bool {
    word(at: 0) { first in
      joinedWords(after: first, upTo: 3) { words in
        segments(after: words, upTo: 2) { end in
          groups.place = 0..<end
          return note(after: end)
        }
      }
    }
  }

  /// `W`: a capital, then letters, apostrophes, periods and hyphens.
  private func word(at start: Int, _ next: (Int) -> Bool) -> Bool {
    guard let (value, length) = scalar(at: start), ScalarClass.flags(value) & ScalarClass.upper != 0
    else {
      return false
    }
    let first = start + length
    var end = first
    while let (value, length) = scalar(at: end),
      ScalarClass.flags(value) & ScalarClass.letter != 0 || value == 0x27 || value == 0x2019
        || value == 0x2E || value == 0x2D
    {
      end += length
    }
    return longestFirst(from: first, to: end, next)
  }

  /// `(?:J W){0,limit}`.
  private func joinedWords(after start: Int, upTo limit: Int, _ next: (Int) -> Bool) -> Bool {
    if limit > 0,
      joiner(at: start, { word(at: $0) { joinedWords(after: $0, upTo: limit - 1, next) } })
    {
      return true
    }
    return next(start)
  }

  /// `J`: spaces, then a particle and spaces, or `d'`, or nothing.
  private func joiner(at start: Int, _ next: (Int) -> Bool) -> Bool {
    spaces(at: start, atLeast: 1) { after in
      for particle in Self.particles where bytes.holds(particle, at: after) {
        if spaces(at: after + particle.count, atLeast: 1, next) { return true }
      }
      if after + 1 < bytes.count, bytes[after] == 0x64 {
        if bytes[after + 1] == 0x27, next(after + 2) { return true }
        if bytes.holds([0xE2, 0x80, 0x99], at: after + 1), next(after + 4) { return true }
      }
      return next(after)
    }
  }

  /// `(?:[ ]*[,/][ ]*W(?:J W){0,2}){0,limit}`.
  private func segments(after start: Int, upTo limit: Int, _ next: (Int) -> Bool) -> Bool {
    if limit > 0,
      spaces(
        at: start, atLeast: 0,
        { separator in
          guard separator < bytes.count, bytes[separator] == 0x2C || bytes[separator] == 0x2F
          else { return false }
          return spaces(at: separator + 1, atLeast: 0) { wordStart in
            word(at: wordStart) { first in
              joinedWords(after: first, upTo: 2) { segments(after: $0, upTo: limit - 1, next) }
            }
          }
        })
    {
      return true
    }
    return next(start)
  }

  /// `[ ]*(?:\(([^()]{1,60})\))?`, then the date.
  private func note(after start: Int) -> Bool {
    spaces(at: start, atLeast: 0) { open in
      if let close = noteEnd(at: open) {
        groups.note = open + 1..<close
        if date(after: close + 1) { return true }
      }
      groups.note = nil
      return date(after: open)
    }
  }

  /// Where the `)` of a note opened at `open` is: one to sixty scalars other than brackets
  /// after the `(`, then the `)`.
  private func noteEnd(at open: Int) -> Int? {
    guard open < bytes.count, bytes[open] == 0x28 else { return nil }
    var end = open + 1
    var count = 0
    while count < 60, let (value, length) = scalar(at: end), value != 0x28, value != 0x29 {
      end += length
      count += 1
    }
    return count > 0 && end < bytes.count && bytes[end] == 0x29 ? end : nil
  }

  /// `(?:[ ]*,[ ]*(date))?`, then the dash.
  private func date(after start: Int) -> Bool {
    let dated = spaces(at: start, atLeast: 0) { comma in
      guard comma < bytes.count, bytes[comma] == 0x2C else { return false }
      return spaces(at: comma + 1, atLeast: 0) { from in
        day(at: from) { end in
          groups.when = from..<end
          return dash(after: end)
        }
      }
    }
    if dated { return true }
    groups.when = nil
    return dash(after: start)
  }

  /// `(?:le[ ]+)?[0-9]{1,2}(?:er)?`, then the month.
  private func day(at start: Int, _ next: (Int) -> Bool) -> Bool {
    if bytes.holds([0x6C, 0x65], at: start),
      spaces(at: start + 2, atLeast: 1, { number(at: $0, next) })
    {
      return true
    }
    return number(at: start, next)
  }

  /// `[0-9]{1,2}(?:er)?[ ]+[\p{L}]+\.?(?:[ ]+[0-9]{4})?`.
  private func number(at start: Int, _ next: (Int) -> Bool) -> Bool {
    var end = start
    while end < start + 2, end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
    while end > start {
      if bytes.holds([0x65, 0x72], at: end), month(at: end + 2, next) { return true }
      if month(at: end, next) { return true }
      end -= 1
    }
    return false
  }

  /// `[ ]+[\p{L}]+\.?(?:[ ]+[0-9]{4})?`.
  private func month(at start: Int, _ next: (Int) -> Bool) -> Bool {
    spaces(at: start, atLeast: 1) { from in
      guard let (value, length) = scalar(at: from),
        ScalarClass.flags(value) & ScalarClass.letter != 0
      else {
        return false
      }
      var end = from + length
      while let (value, length) = scalar(at: end),
        ScalarClass.flags(value) & ScalarClass.letter != 0
      { end += length }
      return longestFirst(from: from + length, to: end) { letters in
        if letters < bytes.count, bytes[letters] == 0x2E, year(at: letters + 1, next) {
          return true
        }
        return year(at: letters, next)
      }
    }
  }

  /// `(?:[ ]+[0-9]{4})?`.
  private func year(at start: Int, _ next: (Int) -> Bool) -> Bool {
    let withYear = spaces(at: start, atLeast: 1) { digits in
      guard digits + 4 <= bytes.count,
        (digits..<digits + 4).allSatisfy({ (0x30...0x39).contains(bytes[$0]) })
      else { return false }
      return next(digits + 4)
    }
    return withYear || next(start)
  }

  /// `[ ]*[-–—][ ]+(\S.*)$`: the end of the pattern.
  private func dash(after start: Int) -> Bool {
    spaces(at: start, atLeast: 0) { at in
      guard let (value, length) = scalar(at: at),
        value == 0x2D || value == 0x2013 || value == 0x2014
      else { return false }
      return spaces(at: at + length, atLeast: 1) { rest(at: $0) }
    }
  }

  /// `(\S.*)$`: a scalar that is not white space, then scalars up to the end of the line, or to
  /// a line terminator that ends it.
  private func rest(at start: Int) -> Bool {
    guard let (value, length) = scalar(at: start),
      ScalarClass.flags(value) & ScalarClass.space == 0
    else { return false }
    var end = start + length
    while let (value, length) = scalar(at: end), !Self.isLineTerminator(value) { end += length }
    guard endsInput(at: end) else { return false }
    groups.rest = start..<end
    return true
  }

  /// `$` at `offset`: the end, a line terminator that is the last scalar, or a final CR LF.
  private func endsInput(at offset: Int) -> Bool {
    guard let (value, length) = scalar(at: offset) else { return true }
    if offset + length == bytes.count {
      return Self.isLineTerminator(value)
        && !(value == 0x0A && offset > 0 && bytes[offset - 1] == 0x0D)
    }
    return value == 0x0D && offset + 2 == bytes.count && bytes[offset + 1] == 0x0A
  }

  // MARK: Reading

  /// The engine's line terminators, which `.` does not take.
  private static func isLineTerminator(_ value: UInt32) -> Bool {
    (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
  }

  /// The scalar at `offset`, nil at the end.
  @inline(__always)
  private func scalar(at offset: Int) -> (UInt32, Int)? {
    offset < bytes.count ? UTF8Scalar.decode(bytes, at: offset) : nil
  }

  /// `[ ]{atLeast,}` from `start`: the longest run first.
  private func spaces(at start: Int, atLeast minimum: Int, _ next: (Int) -> Bool) -> Bool {
    var end = start
    while end < bytes.count, bytes[end] == 0x20 { end += 1 }
    while end >= start + minimum {
      if next(end) { return true }
      end -= 1
    }
    return false
  }

  /// The scalar boundaries from `end` down to `first`, longest first, until `next` succeeds.
  private func longestFirst(from first: Int, to end: Int, _ next: (Int) -> Bool) -> Bool {
    var end = end
    while true {
      if next(end) { return true }
      guard end > first else { return false }
      end -= 1
      while bytes[end] & 0xC0 == 0x80 { end -= 1 }
    }
  }
}
