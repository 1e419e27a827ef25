/// A necessary test for the dateline pattern `DatelineReader` reads: whether a line starts the
/// way every line the pattern matches starts, so that the other lines are not read further.
///
/// The pattern's place is words that open with a capital (`\p{Lu}`, then letters, `'`, `’`,
/// `.`, `-`) joined by spaces or a lower-case particle (`de`, `d'`, …), then comes a dash with
/// a space after it. The test walks that shape and answers yes at the first dash with a space
/// after it, or as soon as a `,`, `/` or `(` opens a part it does not read (a second place, a
/// date, a note); it answers no when a scalar no reading of the pattern can take comes first.
enum DatelineShape {
  /// False only when the dateline pattern cannot match `line`.
  static func mayOpen(_ line: String) -> Bool {
    if let answer = line.utf8.withContiguousStorageIfAvailable(mayOpen) { return answer }
    return Array(line.utf8).withUnsafeBufferPointer(mayOpen)
  }

  /// False only when the dateline pattern cannot match the UTF-8 text `bytes`.
  private static func mayOpen(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard var index = capitalEnd(bytes, at: 0) else { return false }
    while index < bytes.count {
      let (value, length) = UTF8Scalar.decode(bytes, at: index)
      index += length
      switch value {
      case 0x27, 0x2E, 0x2019: continue
      case 0x2D:
        if spaceFollows(bytes, index) { return true }
      case 0x2013, 0x2014: return spaceFollows(bytes, index)
      case 0x2C, 0x2F, 0x28: return true
      case 0x20:
        guard let next = afterJoiner(bytes, from: index) else { return false }
        if next.decided { return next.answer }
        index = next.index
      default:
        guard ScalarClass.flags(value) & ScalarClass.letter != 0 else { return false }
      }
    }
    return false
  }

  /// What follows a space after a place word: a decided answer (a dash, a `,`, `/` or `(`),
  /// or where the next word's letters go on; nil when nothing the pattern reads follows.
  private static func afterJoiner(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (
    decided: Bool, answer: Bool, index: Int
  )? {
    let index = skipSpaces(bytes, from: start)
    guard index < bytes.count else { return nil }
    let (value, length) = UTF8Scalar.decode(bytes, at: index)
    switch value {
    case 0x2D, 0x2013, 0x2014: return (true, spaceFollows(bytes, index + length), index)
    case 0x2C, 0x2F, 0x28: return (true, true, index)
    default: break
    }
    if let end = capitalEnd(bytes, at: index) { return (false, false, end) }
    if bytes[index] == 0x64, index + 1 < bytes.count,
      bytes[index + 1] == 0x27 || bytes.holds([0xE2, 0x80, 0x99], at: index + 1)
    {
      let elided = index + (bytes[index + 1] == 0x27 ? 2 : 4)
      return capitalEnd(bytes, at: elided).map { (false, false, $0) }
    }
    for particle in DatelineReader.particles
    where bytes.holds(particle, at: index) && index + particle.count < bytes.count
      && bytes[index + particle.count] == 0x20
    {
      return capitalEnd(bytes, at: skipSpaces(bytes, from: index + particle.count)).map {
        (false, false, $0)
      }
    }
    return nil
  }

  /// The offset after the capital letter (`\p{Lu}`) at `index`; nil when none is there.
  private static func capitalEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard index < bytes.count else { return nil }
    let (value, length) = UTF8Scalar.decode(bytes, at: index)
    return ScalarClass.flags(value) & ScalarClass.upper != 0 ? index + length : nil
  }

  /// The offset of the first byte from `index` on that is not a space.
  private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var index = index
    while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    return index
  }

  /// Whether a space is the byte at `index`.
  private static func spaceFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    index < bytes.count && bytes[index] == 0x20
  }
}
