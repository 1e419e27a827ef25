@testable import CommuniqueCore

/// `PatternText`'s name and role-word readers as they were before they read ASCII bytes
/// directly and looked role words up by their first byte: the oracle of the faster ones.
enum PatternTextOracle {
  private static let tokenPrefixes = NamePattern.tokenPrefixes.map { Array(($0 + "-").utf8) }
  private static let particles = NamePattern.particles.map { Array($0.utf8) }
  private static let roleWordFirstBytes: [Bool] = {
    var first = [Bool](repeating: false, count: 256)
    for word in PatternText.roleWords { first[Int(word[0])] = true }
    return first
  }()

  /// Where `NamePattern.token` ends when it starts at `offset` (nil when none can).
  static func nameTokenEnd(_ text: PatternText, at offset: Int) -> Int? {
    var index = offset
    for prefix in tokenPrefixes where text.holds(prefix, at: offset) {
      let after = offset + prefix.count
      if after < text.count, PatternText.isUppercase(text.scalar(at: after).value) {
        index = after
      }
      break
    }
    guard index < text.count else { return nil }
    let (first, length) = text.scalar(at: index)
    guard PatternText.isUppercase(first) else { return nil }
    index += length
    var endsLowercase = false
    while index < text.count {
      let (value, length) = text.scalar(at: index)
      if PatternText.isLowercase(value) {
        endsLowercase = true
      } else if value == 0x27 || value == 0x2019 || value == 0x2D
        || PatternText.isUppercase(value)
      {
        endsLowercase = false
      } else {
        break
      }
      index += length
    }
    return endsLowercase ? index : nil
  }

  /// The ends of `NamePattern.name` read from `offset`.
  static func nameEnds(_ text: PatternText, at offset: Int) -> [Int] {
    guard let first = nameTokenEnd(text, at: offset) else { return [] }
    var ends = [first]
    var end = first
    while ends.count < 5, text.has(0x20, at: end) {
      let start = end + 1
      var next: Int?
      if let particle = particles.first(where: {
        text.holds($0, at: start) && text.has(0x20, at: start + $0.count)
      }) {
        next = nameTokenEnd(text, at: start + particle.count + 1)
      }
      if next == nil { next = nameTokenEnd(text, at: start) }
      guard let next else { break }
      ends.append(next)
      end = next
    }
    return ends
  }

  /// The ends of the words of `NamePattern.roleWord` that stand at `offset` followed by `\b`.
  static func roleWordEnds(_ text: PatternText, at offset: Int) -> [Int] {
    guard offset < text.count, roleWordFirstBytes[Int(text.bytes[offset])] else { return [] }
    var ends: [Int] = []
    for word in PatternText.roleWords where text.holds(word, at: offset) {
      if text.isBoundary(afterWordCharacterAt: offset + word.count) {
        ends.append(offset + word.count)
      }
    }
    return ends
  }
}
