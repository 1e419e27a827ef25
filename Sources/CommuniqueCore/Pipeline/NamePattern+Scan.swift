/// `NamePattern`'s names and role words read by hand on a `PatternText`, as the regular
/// expression engine would read them in the patterns that use them.
///
/// In every pattern, what follows a name token is white space, `,`, `.`, `;`, `)`, `«` or the
/// end: never a letter, `'`, `’` or `-`. So a token that starts somewhere can only end where
/// its run of letters, apostrophes and hyphens ends, and only if that run ends with a
/// lower-case letter: each token, and so each name of one to five tokens, has one reading.
extension PatternText {
  /// Where `NamePattern.token` ends when it starts at `offset` (nil when none can).
  func nameTokenEnd(at offset: Int) -> Int? {
    guard offset < count else { return nil }
    var index = offset
    // `(?:(?:al|el|…)-)?`: taken when a capital follows it. Every prefix opens with `a`, `b`,
    // `e` or `i` and is two or three letters and a hyphen.
    let lead = bytes[offset]
    if lead == 0x61 || lead == 0x62 || lead == 0x65 || lead == 0x69,
      has(0x2D, at: offset + 2) || has(0x2D, at: offset + 3)
    {
      for prefix in Self.tokenPrefixes where holds(prefix, at: offset) {
        let after = offset + prefix.count
        if after < count, Self.isUppercase(scalar(at: after).value) { index = after }
        break
      }
    }
    guard index < count else { return nil }
    let opening = bytes[index]
    if opening < 0x80 {
      guard opening &- 0x41 < 26 else { return nil }
      index += 1
    } else {
      let (first, length) = scalar(at: index)
      guard Self.isUppercase(first) else { return nil }
      index += length
    }
    var endsLowercase = false
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        // ASCII: `\p{Ll}` is `a-z`, `\p{Lu}` is `A-Z`.
        if byte &- 0x61 < 26 {
          endsLowercase = true
        } else if byte &- 0x41 < 26 || byte == 0x27 || byte == 0x2D {
          endsLowercase = false
        } else {
          break
        }
        index += 1
        continue
      }
      let (value, length) = scalar(at: index)
      if Self.isLowercase(value) {
        endsLowercase = true
      } else if value == 0x2019 || Self.isUppercase(value) {
        endsLowercase = false
      } else {
        break
      }
      index += length
    }
    return endsLowercase ? index : nil
  }

  /// The ends of `NamePattern.name` read from `offset`: `ends[k]` is where the name of `k + 1`
  /// tokens ends (`ends[0]` is one token, which `name` alone does not match). Empty when no
  /// token starts there.
  func nameEnds(at offset: Int) -> NameEnds {
    var ends = NameEnds()
    guard let first = nameTokenEnd(at: offset) else { return ends }
    ends.append(first)
    var end = first
    // `(?:[ ](?:particle[ ])?token){1,4}`.
    while ends.count < 5, has(0x20, at: end) {
      let start = end + 1
      var next: Int?
      // Every particle is lower-case ASCII.
      if start < count, bytes[start] &- 0x61 < 26,
        let particle = Self.particles.first(where: {
          holds($0, at: start) && has(0x20, at: start + $0.count)
        })
      {
        next = nameTokenEnd(at: start + particle.count + 1)
      }
      if next == nil { next = nameTokenEnd(at: start) }
      guard let next else { break }
      ends.append(next)
      end = next
    }
    return ends
  }

  /// Where a name may start after `(?:M\.\s+|Mme\s+)?` at `offset`, in the engine's order:
  /// after the honorific when there is one, then at `offset`.
  func honorificStarts(at offset: Int) -> [Int] {
    for honorific in Self.honorifics where holds(honorific, at: offset) {
      let after = offset + honorific.count
      if isSpace(at: after) { return [skipSpaces(from: after), offset] }
    }
    return [offset]
  }

  /// The ends of the words of `NamePattern.roleWord` that stand at `offset` followed by
  /// `\b`, in the engine's order.
  func roleWordEnds(at offset: Int) -> [Int] {
    guard offset < count else { return [] }
    let words = Self.roleWordsByFirstByte[Int(bytes[offset])]
    guard !words.isEmpty else { return [] }
    var ends: [Int] = []
    for word in words where holds(word, at: offset) {
      if isBoundary(afterWordCharacterAt: offset + word.count) { ends.append(offset + word.count) }
    }
    return ends
  }

  private static let tokenPrefixes = NamePattern.tokenPrefixes.map { Array(($0 + "-").utf8) }
  private static let particles = NamePattern.particles.map { Array($0.utf8) }
  private static let honorifics = [Array("M.".utf8), Array("Mme".utf8)]
  /// `NamePattern.roleWordPieces` spelt out, in the engine's order.
  static let roleWords = NamePattern.roleWordPieces.flatMap(NamePattern.spellings).map {
    Array($0.utf8)
  }
  /// `roleWords` by their first byte, each list in the engine's order: a word is only tried
  /// where its first byte stands.
  private static let roleWordsByFirstByte: [[[UInt8]]] = {
    var lists = [[[UInt8]]](repeating: [], count: 256)
    for word in roleWords { lists[Int(word[0])].append(word) }
    return lists
  }()
}

extension NamePattern {
  /// The words a piece of a pattern matches, in the order the engine tries them: a piece is
  /// letters and spaces with optional letters (`représentante?`) and groups of alternatives
  /// (`coordinat(?:eur|rice)`), optional or not.
  static func spellings(of piece: String) -> [String] {
    var spellings = [""]
    var characters = Array(piece)[...]
    while let character = characters.first {
      characters = characters.dropFirst()
      var options: [String]
      if character == "(" {
        // `(?:a|b)`.
        let close = characters.firstIndex(of: ")")!
        options = String(characters[characters.startIndex + 2..<close])
          .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        characters = characters[(close + 1)...]
      } else {
        precondition(!"[]\\+*{}.|".contains(character), "unsupported piece \(piece)")
        options = [String(character)]
      }
      if characters.first == "?" {
        characters = characters.dropFirst()
        options.append("")
      }
      spellings = spellings.flatMap { spelling in options.map { spelling + $0 } }
    }
    return spellings
  }
}
