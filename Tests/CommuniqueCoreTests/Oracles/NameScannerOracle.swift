import Foundation

@testable import CommuniqueCore

/// The name scanner as it was before it read words through `WordTable`s (kept, unchanged
/// but for its name, as the oracle of `NameScannerOracleTests`).
/// Stage 8b: people named in running text, found from the words around a run of capitalised
/// words rather than from one sentence shape.
///
/// A run of capitalised words (particles such as `de` or `Di` allowed inside) is a person when
/// it starts with a known first name and has two words or more, or when an honorific or a role
/// stands right before it (`M. Swing`, `le Maire Rhissa Feltou`, `le Premier Ministre, Brigi
/// Rafini`), or when an age or a role follows it (`Mariam, 32 ans`, `X, directrice de …`).
/// Places, bodies and acronyms are never people.
enum NameScannerOracle {
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

  /// A word or a punctuation mark of the text (offsets count UTF-8 bytes).
  private struct Token {
    var text: String
    var lower: String
    var start: Int
    var end: Int
    var isWord: Bool
    /// Whether white space separates this token from the previous one.
    var spaced: Bool
    /// A word of two letters or more whose first letter is a capital, without digits.
    var isCapitalised: Bool
  }

  /// The people named in `text`.
  static func mentions(in text: String) -> [Mention] {
    let tokens = tokenise(text)
    var mentions: [Mention] = []
    var index = 0
    while index < tokens.count {
      guard tokens[index].isCapitalised else {
        index += 1
        continue
      }
      var end = index
      while true {
        let next = end + 1
        if next < tokens.count, tokens[next].spaced, tokens[next].isCapitalised {
          end = next
        } else if next + 1 < tokens.count, tokens[next].spaced, tokens[next + 1].spaced,
          PersonWords.particles.contains(tokens[next].lower), tokens[next + 1].isCapitalised
        {
          end = next + 1
        } else {
          break
        }
      }
      // Most runs are one sentence-opening word (`Le`, `Selon`): no person, nothing to read.
      let opensSentence = index == end && PersonWords.notNameStarts.contains(tokens[index].lower)
      if !opensSentence, let mention = person(tokens, from: index, through: end, in: text) {
        mentions.append(mention)
      }
      index = end + 1
    }
    return mentions
  }

  /// Reads the run `tokens[first...last]` as a person, or not.
  private static func person(_ tokens: [Token], from first: Int, through last: Int, in text: String)
    -> Mention?
  {
    var start = first
    var roleStart: Int?
    var honoured = false
    while start <= last {
      let word = tokens[start].lower
      if PersonWords.honorifics.contains(word) {
        honoured = true
      } else if PersonWords.roles.contains(word)
        && !(FirstNames.contains(tokens[start].text) && start + 1 >= last)
      {
        roleStart = roleStart ?? start
      } else if !PersonWords.notNameStarts.contains(word) && !isElided(word) {
        break
      }
      start += 1
    }
    // A place before the name (`… en Libye Anders Holmqvist`).
    while start < last - 1, PlaceNames.contains(tokens[start].text),
      !FirstNames.contains(tokens[start].text)
    {
      start += 1
    }
    var end = last
    while end > start, Gazetteer.entry(for: tokens[end].text) != nil { end -= 1 }
    guard start <= end else { return nil }
    let words = tokens[start...end].map(\.text)
    let name = words.joined(separator: " ")
    guard isPlausible(words, name: name) else { return nil }

    honoured = honoured || hasHonorific(tokens, before: start)
    if roleStart == nil { roleStart = roleBefore(tokens, start: start) }
    let firstNamed = FirstNames.contains(words[0]) && words.count >= 2
    let followedByAge = hasAge(tokens, after: end)
    let roleAfterStart = roleAfter(tokens, after: end)
    let followedByRole = roleAfterStart != nil
    let followedByComplement =
      end + 1 < tokens.count && complementWords.contains(tokens[end + 1].lower)
    let titled = roleStart.map { PersonWords.titles.contains(tokens[$0].lower) } ?? false
    let roleAdjacent =
      (roleStart.map { $0 >= first || $0 == start - 1 } ?? false)
      && !followedByComplement && (words.count > 1 || (titled && !looksLikeAdjective(words[0])))
    let evidence =
      firstNamed || honoured || followedByAge
      || (followedByRole && words.count >= 2 && !follows(tokens, start, in: articleWords))
      || (roleStart != nil && (words.count >= 2 || roleAdjacent))
    let actsNext =
      end + 1 < tokens.count && PersonWords.subjectVerbs.contains(tokens[end + 1].lower)
    let weak = !evidence && words.count == 1 && FirstNames.contains(words[0]) && !actsNext
    // A name that acts (`Roseline est assise`, `Adelie Jean-Baptiste a été contrainte`).
    let acting =
      !evidence && actsNext && (FirstNames.contains(words[0]) || words.count >= 2)
      && !follows(tokens, start, in: articleWords)
    guard evidence || weak || acting else { return nil }
    var role: String?
    if let roleStart, roleStart < start {
      role = roleText(tokens, from: roleStart, upTo: start, in: text)
    } else if let roleAfterStart {
      role = roleClause(tokens, from: roleAfterStart, in: text)
    }
    return Mention(
      name: name, role: role, start: tokens[start].start, end: tokens[end].end, isWeak: weak)
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
    let words = name.split(separator: " ").map(String.init)
    return !words.isEmpty && isPlausible(words, name: name)
  }

  /// Whether the words can be a person's name: no place, body, acronym or date word.
  private static func isPlausible(_ words: [String], name: String) -> Bool {
    if PlaceNames.contains(name) || KnownOrganisations.isKnown(name) { return false }
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

  private static func isElided(_ word: String) -> Bool {
    word.hasPrefix("l’") || word.hasPrefix("d’") || word.hasPrefix("l'") || word.hasPrefix("d'")
  }

  /// `M.`, `Mme`, `Dr`, `S.E.` or `Son Excellence` right before `start`.
  private static func hasHonorific(_ tokens: [Token], before start: Int) -> Bool {
    var index = start - 1
    if index >= 0, tokens[index].text == "." { index -= 1 }
    guard index >= 0, tokens[index].isWord else { return false }
    return PersonWords.honorifics.contains(tokens[index].lower)
  }

  /// The start of a role written before the name: a role word within the last few words of
  /// the same clause, with only lower-case words, capitalised bodies or places, and one comma
  /// between (`le Ministre de l’intérieur, X`).
  private static func roleBefore(_ tokens: [Token], start: Int) -> Int? {
    if start > 0,
      complementWords.contains(tokens[start - 1].lower)
        || articleWords.contains(tokens[start - 1].lower)
    {
      return nil
    }
    var index = start - 1
    var found: Int?
    var steps = 0
    while index >= 0, steps < 14 {
      let token = tokens[index]
      if !token.isWord {
        guard token.text == ",", index == start - 1 else { break }
      } else if PersonWords.roles.contains(bare(token.lower)), !isOrdinal(tokens, at: index) {
        found = index
      } else if found != nil, !PersonWords.roleModifiers.contains(token.lower) {
        break
      }
      index -= 1
      steps += 1
    }
    return found
  }

  /// Words after which a capitalised run completes a role or a place (`chef de mission en
  /// Libye`, `Ministre chargé des Maliens …`), not a name.
  private static let complementWords: Set<String> = [
    "de", "du", "des", "d’", "à", "au", "aux", "en", "pour", "sur", "dans", "chez", "par",
    "avec", "et", "ou", "entre", "vers", "contre", "sans", "sous",
  ]

  /// `premier` or `première` not followed by `ministre`: an ordinal, not a role.
  private static func isOrdinal(_ tokens: [Token], at index: Int) -> Bool {
    guard tokens[index].lower == "premier" || tokens[index].lower == "première" else {
      return false
    }
    return index + 1 >= tokens.count || tokens[index + 1].lower != "ministre"
  }

  /// A word without its elided article (`l’ambassadeur` → `ambassadeur`).
  private static func bare(_ lower: String) -> String {
    isElided(lower) ? String(lower.dropFirst(2)) : lower
  }

  /// Articles: a capitalised run after them is a thing or a place (`de la Coopération
  /// Internationale`), not a person.
  private static let articleWords: Set<String> = [
    "le", "la", "les", "l’", "l'", "un", "une", "de", "du", "des", "d’", "d'", "au", "aux",
  ]

  /// Whether the token before `start` is one of `words`.
  private static func follows(_ tokens: [Token], _ start: Int, in words: Set<String>) -> Bool {
    start > 0 && words.contains(tokens[start - 1].lower)
  }

  /// `, 32 ans` right after the name.
  private static func hasAge(_ tokens: [Token], after end: Int) -> Bool {
    guard end + 3 < tokens.count, tokens[end + 1].text == "," else { return false }
    return tokens[end + 2].text.allSatisfy(\.isNumber) && tokens[end + 3].lower == "ans"
  }

  /// Where the role of `, directrice …` right after the name starts, if there is one.
  private static func roleAfter(_ tokens: [Token], after end: Int) -> Int? {
    guard end + 2 < tokens.count, tokens[end + 1].text == "," else { return nil }
    var index = end + 2
    if ["le", "la", "l’", "l'", "un", "une"].contains(tokens[index].lower), index + 1 < tokens.count
    {
      index += 1
    }
    return PersonWords.roles.contains(bare(tokens[index].lower)) ? index : nil
  }

  /// The role from `first` to the end of its clause (`,`, `.`, `;`, `:`, `«`, `(`).
  private static func roleClause(_ tokens: [Token], from first: Int, in text: String) -> String? {
    var last = first
    while last + 1 < tokens.count, last - first < 20,
      tokens[last + 1].isWord || ["’", "'", "-"].contains(tokens[last + 1].text)
    {
      last += 1
    }
    return roleText(tokens, from: first, upTo: last + 1, in: text)
  }

  /// The text of a role from its first word to the name, without the comma before the name.
  private static func roleText(_ tokens: [Token], from first: Int, upTo start: Int, in text: String)
    -> String?
  {
    var last = start - 1
    while last >= first, !tokens[last].isWord { last -= 1 }
    guard last >= first else { return nil }
    let bytes = text.utf8.dropFirst(tokens[first].start).prefix(
      tokens[last].end - tokens[first].start)
    let role = String(decoding: bytes, as: UTF8.self)
    return isElided(role.lowercased()) ? String(role.dropFirst(2)) : role
  }

  /// Words (letters, digits, inner hyphens and apostrophes) and single punctuation marks,
  /// read on the UTF-8 bytes: every byte of a non-ASCII letter is a word byte, and only the
  /// few non-ASCII marks releases use (no-break spaces, guillemets, dashes, curly quotes)
  /// separate words.
  private static func tokenise(_ text: String) -> [Token] {
    var text = text
    return text.withUTF8 { bytes in
      var tokens: [Token] = []
      var index = 0
      var spaced = true
      while index < bytes.count {
        let separator = separatorLength(bytes, at: index)
        if separator == 0 {
          var end = index
          while end < bytes.count {
            let length = separatorLength(bytes, at: end)
            if length == 0 {
              end += 1
            } else if isInnerMark(bytes, at: end, length: length), end > index,
              end + length < bytes.count, separatorLength(bytes, at: end + length) == 0
            {
              end += length
            } else {
              break
            }
          }
          tokens.append(word(bytes, from: index, to: end, spaced: spaced))
          spaced = false
          index = end
        } else if isSpace(bytes, at: index) {
          spaced = true
          index += separator
        } else {
          let mark = String(decoding: bytes[index..<(index + separator)], as: UTF8.self)
          tokens.append(
            Token(
              text: mark, lower: mark, start: index, end: index + separator, isWord: false,
              spaced: spaced, isCapitalised: false))
          spaced = false
          index += separator
        }
      }
      return tokens
    }
  }

  private static func word(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, spaced: Bool
  ) -> Token {
    let slice = bytes[start..<end]
    let text = String(decoding: slice, as: UTF8.self)
    let plain = slice.allSatisfy { (0x61...0x7A).contains($0) || $0 == 0x2D || $0 == 0x27 }
    let first = bytes[start]
    var capital = (0x41...0x5A).contains(first)
    if first >= 0x80, let scalar = text.unicodeScalars.first {
      capital = scalar.properties.isUppercase
    }
    let capitalised =
      capital && text.unicodeScalars.count >= 2 && !slice.contains { (0x30...0x39).contains($0) }
    return Token(
      text: text, lower: plain ? text : lowercased(slice) ?? text.lowercased(), start: start,
      end: end, isWord: true, spaced: spaced, isCapitalised: capitalised)
  }

  /// The word in lower case when it is ASCII or Latin-1 letters (most words of a release),
  /// mapped byte by byte; nil for other words, which `lowercased()` handles.
  private static func lowercased(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
    var lower: [UInt8] = []
    lower.reserveCapacity(slice.count)
    var index = slice.startIndex
    while index < slice.endIndex {
      let byte = slice[index]
      if byte < 0x80 {
        lower.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        index += 1
      } else if byte == 0xC3, index + 1 < slice.endIndex {
        // U+00C0–U+00DE (but ×, U+00D7) lower-case to U+00E0–U+00FE.
        let next = slice[index + 1]
        lower.append(byte)
        lower.append((0x80...0x9E).contains(next) && next != 0x97 ? next + 0x20 : next)
        index += 2
      } else {
        return nil
      }
    }
    return String(decoding: lower, as: UTF8.self)
  }

  /// How many bytes the separator at `index` takes (0 when the byte belongs to a word): ASCII
  /// punctuation and spaces, and U+00A0–U+00BF (no-break space, guillemets) and
  /// U+2000–U+207F (dashes, curly quotes, special spaces).
  private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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

  /// A hyphen or an apostrophe (`'`, `’`) inside a word.
  private static func isInnerMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int)
    -> Bool
  {
    if length == 1 { return bytes[index] == 0x2D || bytes[index] == 0x27 }
    return length == 3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
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
