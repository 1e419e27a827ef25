/// Stage 8b: people named in running text, found from the words around a run of capitalised
/// words rather than from one sentence shape.
///
/// A run of capitalised words (particles such as `de` or `Di` allowed inside) is a person when
/// it starts with a known first name and has two words or more, or when an honorific or a role
/// stands right before it (`M. Swing`, `le Maire Rhissa Feltou`, `le Premier Ministre, Brigi
/// Rafini`), or when an age or a role follows it (`Mariam, 32 ans`, `X, directrice de …`).
/// Places, bodies and acronyms are never people.
enum NameScanner {
  /// One person named in a text, and where (offsets count Unicode scalars).
  struct Mention: Equatable {
    var name: String
    /// The role written right before the name, when there is one (`Premier Ministre`).
    var role: String?
    var start: Int
    var end: Int
    /// A first name alone with nothing else to say it is a person: one only when the
    /// release names it again.
    var isWeak = false
  }

  /// `Token.mark` of a word.
  private static let wordMark = UInt32.max

  /// A word or a punctuation mark of the text (offsets count UTF-8 bytes).
  private struct Token {
    var start: Int
    var end: Int
    /// The scalar value of a punctuation mark; `wordMark` for a word.
    var mark: UInt32
    /// What the word is, in lower case (`WordKind`).
    var kind: WordKind
    /// Whether white space separates this token from the previous one.
    var spaced: Bool
    /// A word of two letters or more whose first letter is a capital, without digits.
    var isCapitalised: Bool

    var isWord: Bool { mark == wordMark }

    @inline(__always)
    func `is`(_ kind: WordKind) -> Bool { !self.kind.isDisjoint(with: kind) }
  }

  /// The tokens of a text, and its bytes for the text of the tokens (the text's own, valid
  /// while `mentions(in:)` reads it). The kind of a word that cannot be capitalised is read
  /// the first time it is asked for (most such words are never asked about: only those
  /// around a capitalised run are), and kept in `kinds`.
  private struct Tokens {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let reader: WordReader
    /// The kinds of the words read when asked for, by token; `unread` until then.
    let kinds: UnsafeMutableBufferPointer<WordKind>

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], reader: WordReader) {
      self.bytes = bytes
      self.tokens = tokens
      self.reader = reader
      kinds = .allocate(capacity: tokens.count)
      kinds.initialize(repeating: .unread)
    }

    /// Frees the kinds and the reader's scratch buffer.
    func release() {
      kinds.deallocate()
      reader.release()
    }

    var count: Int { tokens.count }

    /// Token `index`, its kind read if it was not yet.
    subscript(index: Int) -> Token {
      var token = tokens[index]
      if token.kind.contains(.unread) {
        if kinds[index].contains(.unread) {
          kinds[index] = reader.readWord(bytes, from: token.start).kind
        }
        token.kind = kinds[index]
      }
      return token
    }

    /// Token `index` as found, its kind maybe not read: for its place, mark, spacing and
    /// capital only.
    func found(_ index: Int) -> Token {
      tokens[index]
    }

    /// The text of token `index`.
    func text(_ index: Int) -> String {
      String(
        decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end]),
        as: UTF8.self)
    }

    /// The text from the start of token `first` to the end of token `last`.
    func text(from first: Int, through last: Int) -> String {
      String(
        decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[last].end]),
        as: UTF8.self)
    }
  }

  /// The people named in `text`.
  static func mentions(in text: String) -> [Mention] {
    var text = text
    return text.withUTF8 { mentions(in: $0) }
  }

  /// The people named in the text of UTF-8 `bytes`.
  private static func mentions(in bytes: UnsafeBufferPointer<UInt8>) -> [Mention] {
    let tokens = tokenise(bytes)
    defer { tokens.release() }
    var mentions: [Mention] = []
    var index = 0
    while index < tokens.count {
      guard tokens.found(index).isCapitalised else {
        index += 1
        continue
      }
      var end = index
      while true {
        let next = end + 1
        if next < tokens.count, tokens.found(next).spaced, tokens.found(next).isCapitalised {
          end = next
        } else if next + 1 < tokens.count, tokens.found(next).spaced,
          tokens.found(next + 1).spaced, tokens.found(next + 1).isCapitalised,
          tokens[next].is(.particle)
        {
          end = next + 1
        } else {
          break
        }
      }
      // Most runs are one sentence-opening word (`Le`, `Selon`): no person, nothing to read.
      let opensSentence = index == end && tokens[index].is(.notNameStart)
      if !opensSentence, let mention = person(tokens, from: index, through: end) {
        mentions.append(mention)
      }
      index = end + 1
    }
    return mentions
  }

  /// Reads the run `tokens[first...last]` as a person, or not.
  private static func person(_ tokens: Tokens, from first: Int, through last: Int) -> Mention? {
    var start = first
    var roleStart: Int?
    var honoured = false
    while start <= last {
      let token = tokens[start]
      if token.is(.honorific) {
        honoured = true
      } else if token.is(.role) && !(token.is(.firstName) && start + 1 >= last) {
        roleStart = roleStart ?? start
      } else if !token.is(.notNameStart) && !token.is(.elided) {
        break
      }
      start += 1
    }
    // A place before the name (`… en Libye Anders Holmqvist`).
    while start < last - 1, PlaceNames.contains(tokens.text(start)), !tokens[start].is(.firstName) {
      start += 1
    }
    var end = last
    while end > start, tokens[end].is(.gazetteer) { end -= 1 }
    guard start <= end else { return nil }
    let count = end - start + 1

    // What the words around the run say, read on the tokens' kinds before any text is made.
    honoured = honoured || hasHonorific(tokens, before: start)
    if roleStart == nil { roleStart = roleBefore(tokens, start: start) }
    let firstNamed = tokens[start].is(.firstName) && count >= 2
    let followedByAge = hasAge(tokens, after: end)
    let roleAfterStart = roleAfter(tokens, after: end)
    let followedByRole = roleAfterStart != nil
    let followedByComplement = end + 1 < tokens.count && tokens[end + 1].is(.complement)
    let titled = roleStart.map { tokens[$0].is(.title) } ?? false
    let roleAdjacent =
      (roleStart.map { $0 >= first || $0 == start - 1 } ?? false)
      && !followedByComplement
      && (count > 1 || (titled && !looksLikeAdjective(tokens.text(start))))
    let evidence =
      firstNamed || honoured || followedByAge
      || (followedByRole && count >= 2 && !follows(tokens, start, .article))
      || (roleStart != nil && (count >= 2 || roleAdjacent))
    let actsNext = end + 1 < tokens.count && tokens[end + 1].is(.subjectVerb)
    let weak = !evidence && count == 1 && tokens[start].is(.firstName) && !actsNext
    // A name that acts (`Roseline est assise`, `Adelie Jean-Baptiste a été contrainte`).
    let acting =
      !evidence && actsNext && (tokens[start].is(.firstName) || count >= 2)
      && !follows(tokens, start, .article)
    guard evidence || weak || acting else { return nil }

    let words = (start...end).map { tokens.text($0) }
    let name = words.joined(separator: " ")
    guard isPlausible(words, name: name) else { return nil }
    var role: String?
    if let roleStart, roleStart < start {
      role = roleText(tokens, from: roleStart, upTo: start)
    } else if let roleAfterStart {
      role = roleClause(tokens, from: roleAfterStart)
    }
    return Mention(
      name: name, role: role, start: tokens.found(start).start, end: tokens.found(end).end,
      isWeak: weak)
  }

  /// Whether a capitalised word reads as an adjective (`Spéciale`, `Régional`), not a surname.
  private static func looksLikeAdjective(_ word: String) -> Bool {
    let lower = word.lowercased()
    return [
      "ale", "al", "aux", "ique", "aire", "ien", "ienne", "elle", "el", "ive", "if", "ais", "aise",
    ]
    .contains { lower.hasSuffix($0) }
  }

  /// Whether `name` can be a person's name (for names read by other stages).
  static func isPlausible(_ name: String) -> Bool {
    let words = SpacedWords.split(name)
    return !words.isEmpty && isPlausible(words, name: name)
  }

  /// Whether the words can be a person's name: no place, body, acronym or date word.
  private static func isPlausible(_ words: [String], name: String) -> Bool {
    if PlaceNames.contains(name) || KnownOrganisations.isKnown(name) { return false }
    if let plain = PlainNameWords.isPlausible(words) { return plain }
    if words.count > 1, words[0].count >= 3, words[0].allSatisfy(\.isUppercase) { return false }
    // `X du Congo`, `Mwami de Bukavu`: a title or a body of a place.
    if let particle = words.firstIndex(where: { ["du", "de", "des", "d’"].contains($0) }),
      PlaceNames.contains(words[(particle + 1)...].joined(separator: " "))
    {
      return false
    }
    if words.allSatisfy({ $0.unicodeScalars.allSatisfy { !$0.properties.isLowercase } }) {
      return false
    }
    return !words.contains { word in
      let lower = word.lowercased()
      return PersonWords.notNameStarts.contains(lower) && !PersonWords.particles.contains(lower)
    }
  }

  static func isElided(_ word: String) -> Bool {
    word.hasPrefix("l’") || word.hasPrefix("d’") || word.hasPrefix("l'") || word.hasPrefix("d'")
  }

  /// `M.`, `Mme`, `Dr`, `S.E.` or `Son Excellence` right before `start`.
  private static func hasHonorific(_ tokens: Tokens, before start: Int) -> Bool {
    var index = start - 1
    if index >= 0, tokens.found(index).mark == 0x2E { index -= 1 }
    guard index >= 0, tokens.found(index).isWord else { return false }
    return tokens[index].is(.honorific)
  }

  /// The start of a role written before the name: a role word within the last few words of
  /// the same clause, with only lower-case words, capitalised bodies or places, and one comma
  /// between (`le Ministre de l’intérieur, X`).
  private static func roleBefore(_ tokens: Tokens, start: Int) -> Int? {
    if start > 0, tokens[start - 1].is([.complement, .article]) { return nil }
    var index = start - 1
    var found: Int?
    var steps = 0
    while index >= 0, steps < 14 {
      let token = tokens[index]
      if !token.isWord {
        guard token.mark == 0x2C, index == start - 1 else { break }
      } else if token.is(.bareRole), !isOrdinal(tokens, at: index) {
        found = index
      } else if found != nil, !token.is(.roleModifier) {
        break
      }
      index -= 1
      steps += 1
    }
    return found
  }

  /// Words after which a capitalised run completes a role or a place (`chef de mission en
  /// Libye`, `Ministre chargé des Maliens …`), not a name.
  static let complementWords: Set<String> = [
    "de", "du", "des", "d’", "à", "au", "aux", "en", "pour", "sur", "dans", "chez", "par",
    "avec", "et", "ou", "entre", "vers", "contre", "sans", "sous",
  ]

  /// `premier` or `première` not followed by `ministre`: an ordinal, not a role.
  private static func isOrdinal(_ tokens: Tokens, at index: Int) -> Bool {
    guard tokens[index].is(.premier) else { return false }
    return index + 1 >= tokens.count || !tokens[index + 1].is(.ministre)
  }

  /// Articles: a capitalised run after them is a thing or a place (`de la Coopération
  /// Internationale`), not a person.
  static let articleWords: Set<String> = [
    "le", "la", "les", "l’", "l'", "un", "une", "de", "du", "des", "d’", "d'", "au", "aux",
  ]

  /// Articles that may stand between a name's comma and the role after it (`X, la …`).
  static let roleArticles: Set<String> = ["le", "la", "l’", "l'", "un", "une"]

  /// Whether the token before `start` is one of `kind`.
  private static func follows(_ tokens: Tokens, _ start: Int, _ kind: WordKind) -> Bool {
    start > 0 && tokens[start - 1].is(kind)
  }

  /// `, 32 ans` right after the name.
  private static func hasAge(_ tokens: Tokens, after end: Int) -> Bool {
    guard end + 3 < tokens.count, tokens.found(end + 1).mark == 0x2C else { return false }
    return isNumber(tokens, end + 2) && tokens[end + 3].is(.ans)
  }

  /// Whether every character of token `index` is a number (`32`).
  private static func isNumber(_ tokens: Tokens, _ index: Int) -> Bool {
    let token = tokens.found(index)
    if !token.isWord {
      return Unicode.Scalar(token.mark).map { $0.properties.numericType != nil } ?? false
    }
    let bytes = tokens.bytes[token.start..<token.end]
    if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.allSatisfy { (0x30...0x39).contains($0) } }
    return tokens.text(index).allSatisfy(\.isNumber)
  }

  /// Where the role of `, directrice …` right after the name starts, if there is one.
  private static func roleAfter(_ tokens: Tokens, after end: Int) -> Int? {
    guard end + 2 < tokens.count, tokens.found(end + 1).mark == 0x2C else { return nil }
    var index = end + 2
    if tokens[index].is(.roleArticle), index + 1 < tokens.count {
      index += 1
    }
    return tokens[index].is(.bareRole) ? index : nil
  }

  /// The role from `first` to the end of its clause (`,`, `.`, `;`, `:`, `«`, `(`).
  private static func roleClause(_ tokens: Tokens, from first: Int) -> String? {
    var last = first
    while last + 1 < tokens.count, last - first < 20,
      tokens.found(last + 1).isWord || tokens.found(last + 1).mark == 0x2019
        || tokens.found(last + 1).mark == 0x27 || tokens.found(last + 1).mark == 0x2D
    {
      last += 1
    }
    return roleText(tokens, from: first, upTo: last + 1)
  }

  /// The text of a role from its first word to the name, without the comma before the name.
  private static func roleText(_ tokens: Tokens, from first: Int, upTo start: Int) -> String? {
    var last = start - 1
    while last >= first, !tokens.found(last).isWord { last -= 1 }
    guard last >= first else { return nil }
    let role = tokens.text(from: first, through: last)
    return opensElided(role) ? String(role.dropFirst(2)) : role
  }

  /// `isElided(text.lowercased())`, read on the first three characters only: the first two
  /// characters of a text in lower case are those of its first three. Read on the bytes when
  /// they tell: only `l`, `L`, `d` and `D` lower-case to `l` or `d`, and an apostrophe that
  /// ASCII or nothing follows is a character of its own; another scalar after it may join it.
  static func opensElided(_ text: String) -> Bool {
    let read = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard let first = bytes.first, first | 0x20 == 0x6C || first | 0x20 == 0x64 else {
        return false
      }
      var next = 1
      if bytes.count > 1, bytes[1] == 0x27 {
        next = 2
      } else if bytes.count > 3, bytes[1] == 0xE2, bytes[2] == 0x80, bytes[3] == 0x99 {
        next = 4
      } else {
        return false
      }
      return next == bytes.count || bytes[next] < 0x80 ? true : nil
    }
    return (read ?? nil) ?? isElided(String(text.prefix(3)).lowercased())
  }

  /// Words (letters, digits, inner hyphens and apostrophes) and single punctuation marks,
  /// read on the UTF-8 bytes: every byte of a non-ASCII letter is a word byte, and only the
  /// few non-ASCII marks releases use (no-break spaces, guillemets, dashes, curly quotes)
  /// separate words. A word that may be capitalised is read as it is found
  /// (`WordReader.readWord(_:from:)`); another (`uncapitalisedWordEnd`) only has its end
  /// found, and its kind is read when asked for.
  private static func tokenise(_ bytes: UnsafeBufferPointer<UInt8>) -> Tokens {
    var tokens: [Token] = []
    let reader = WordReader()
    tokens.reserveCapacity(bytes.count / 4)
    let count = bytes.count
    var index = 0
    var spaced = true
    while index < count {
      let byte = bytes[index]
      if byte == 0x20 {
        spaced = true
        index += 1
        continue
      }
      let separator = byte < 0x80 ? (isWordByte(byte) ? 0 : 1) : separatorLength(bytes, at: index)
      if separator == 0 {
        if let end = uncapitalisedWordEnd(bytes, from: index) {
          tokens.append(
            Token(
              start: index, end: end, mark: wordMark, kind: .unread, spaced: spaced,
              isCapitalised: false))
          spaced = false
          index = end
          continue
        }
        let word = reader.readWord(bytes, from: index)
        tokens.append(
          Token(
            start: index, end: word.end, mark: wordMark, kind: word.kind, spaced: spaced,
            isCapitalised: word.isCapitalised))
        spaced = false
        index = word.end
      } else if isSpace(bytes, at: index) {
        spaced = true
        index += separator
      } else {
        let kind =
          byte < 0x80
          ? WordReader.asciiMarkKinds[Int(byte)]
          : reader.kind(ofMark: UnsafeBufferPointer(rebasing: bytes[index..<(index + separator)]))
        tokens.append(
          Token(
            start: index, end: index + separator, mark: UTF8Scalar.decode(bytes, at: index).value,
            kind: kind, spaced: spaced, isCapitalised: false))
        spaced = false
        index += separator
      }
    }
    return Tokens(bytes: bytes, tokens: tokens, reader: reader)
  }

  /// The end of the word at `start` (a word byte) when its first scalar cannot be a capital
  /// (an ASCII lower-case letter or digit, or U+00E0–U+00FF): such a word is never
  /// capitalised, and ends where `WordReader.readWord(_:from:)` ends it, at `wordEnd`. Nil
  /// for any other word. Lower-case letters are stepped over here, the rest by `wordEnd`.
  @inline(__always)
  private static func uncapitalisedWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    let count = bytes.count
    let first = bytes[start]
    if first < 0x80 {
      guard first &- 0x41 >= 26 else { return nil }
    } else {
      guard first == 0xC3, !LatinLowercase.isCapital(afterC3: bytes[start + 1]) else {
        return nil
      }
    }
    var end = start
    while end < count {
      let byte = bytes[end]
      if byte &- 0x61 < 26 {
        end += 1
      } else if byte == 0xC3 {
        end += 2
      } else if byte < 0x80, !isWordByte(byte), byte != 0x2D, byte != 0x27 {
        return end
      } else {
        return wordEnd(bytes, from: end)
      }
    }
    return end
  }

  /// Where the word that goes on at `end` ends (the bytes before `end` are the word's): past
  /// letters, digits and non-ASCII word bytes, and past a hyphen or an apostrophe (`'`, `’`)
  /// that a word byte follows.
  static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from end: Int) -> Int {
    let count = bytes.count
    var end = end
    while end < count {
      let byte = bytes[end]
      if byte < 0x80 {
        if isWordByte(byte) {
          end += 1
        } else if byte == 0x2D || byte == 0x27, end + 1 < count,
          separatorLength(bytes, at: end + 1) == 0
        {
          end += 1
        } else {
          break
        }
      } else {
        let length = separatorLength(bytes, at: end)
        if length == 0 {
          end += 1
        } else if length == 3, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99,
          end + 3 < count, separatorLength(bytes, at: end + 3) == 0
        {
          end += 3
        } else {
          break
        }
      }
    }
    return end
  }

  /// An ASCII letter or digit.
  @inline(__always)
  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
  }

  /// How many bytes the separator at `index` takes (0 when the byte belongs to a word): ASCII
  /// punctuation and spaces, and U+00A0–U+00BF (no-break space, guillemets) and
  /// U+2000–U+207F (dashes, curly quotes, special spaces).
  static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 {
      let isWordByte =
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
      return isWordByte ? 0 : 1
    }
    if byte == 0xC2, index + 1 < bytes.count, (0xA0...0xBF).contains(bytes[index + 1]) { return 2 }
    if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
      return 3
    }
    return 0
  }

  /// White space: ASCII, U+00A0, and the spaces of U+2000–U+200B and U+202F.
  private static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    if byte == 0xC2 { return bytes[index + 1] == 0xA0 }
    guard bytes[index + 1] == 0x80 else { return false }
    let last = bytes[index + 2]
    return last <= 0x8B || last == 0xAF
  }
}
