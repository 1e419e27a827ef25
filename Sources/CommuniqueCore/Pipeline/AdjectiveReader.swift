/// Reads one adjective after an institution's noun (`libyen`, `sociales`, `Nationale`), as the
/// regular expression it replaces did:
///
///     (?!(?:NOT)(?![\p{L}]))(?:FIRST[\p{Ll}\-]*(?:ENDING)|WHOLE)(?![\p{L}])
///
/// where `FIRST` is `[\p{Ll}]` (`[\p{L}]` when `capitalised`). The engine's backtracking
/// makes the word end at the last place, within its run of small letters and hyphens, that
/// no letter follows and an ending precedes (the ending after the first letter); the whole
/// adjectives are tried only when no ending fits.
struct AdjectiveReader: Sendable {
  private let capitalised: Bool
  private let endings: ByteWordSet
  private let wholeWords: ByteWordSet
  /// The words of letters that are no adjectives, looked up by the run of letters.
  private let notAdjectives: ByteWordSet
  /// The words that are no adjectives and hold other scalars (`s’engage`).
  private let notAdjectivePhrases: [[UInt8]]

  /// - Parameters:
  ///   - endings: the endings, each spelled out (`ien`, `iens`, `yen` …).
  ///   - wholeWords: adjectives no ending gives, spelled out; letters only.
  ///   - notAdjectives: words that are not adjectives whatever their ending.
  init(capitalised: Bool, endings: [String], wholeWords: [String], notAdjectives: [String]) {
    self.capitalised = capitalised
    self.endings = ByteWordSet(endings)
    precondition(wholeWords.allSatisfy(Self.isLetters))
    self.wholeWords = ByteWordSet(wholeWords)
    self.notAdjectives = ByteWordSet(notAdjectives.filter(Self.isLetters))
    notAdjectivePhrases = notAdjectives.filter { !Self.isLetters($0) }.map { Array($0.utf8) }
  }

  private static func isLetters(_ word: String) -> Bool {
    word.unicodeScalars.allSatisfy { ScalarClass.flags($0.value) & ScalarClass.letter != 0 }
  }

  /// The end of the adjective at `offset`, if one starts there.
  func end(at offset: Int, in text: NameText) -> Int? {
    guard offset < text.limit else { return nil }
    let letters = text.run(from: offset, of: ScalarClass.letter, hyphen: false)
    if letters > offset && notAdjectives.contains(text.bytes, offset..<letters) { return nil }
    for phrase in notAdjectivePhrases
    where text.holds(phrase, at: offset)
      && text.flags(at: offset + phrase.count) & ScalarClass.letter == 0
    {
      return nil
    }
    let (first, body) = text.scalar(at: offset)
    let firstClass = capitalised ? ScalarClass.letter : ScalarClass.lower
    if text.flags(of: first) & firstClass != 0, let end = endingEnd(from: body, in: text) {
      return end
    }
    if letters > offset && wholeWords.contains(text.bytes, offset..<letters) { return letters }
    return nil
  }

  /// The last end, in the run of small letters and hyphens from `body`, that no letter
  /// follows and that an ending starting at `body` or later precedes.
  private func endingEnd(from body: Int, in text: NameText) -> Int? {
    let runEnd = text.run(from: body, of: ScalarClass.lower, hyphen: true)
    if text.flags(at: runEnd) & ScalarClass.letter == 0 && hasEnding(body..<runEnd, in: text) {
      return runEnd
    }
    // The other places no letter follows: before each hyphen of the run.
    var position = runEnd
    while position > body + 1 {
      position -= 1
      if text.bytes[position] == 0x2D && hasEnding(body..<position, in: text) { return position }
    }
    return nil
  }

  /// Whether the bytes `range` end with one of the endings.
  private func hasEnding(_ range: Range<Int>, in text: NameText) -> Bool {
    for length in endings.sortedLengths {
      guard length <= range.count else { break }
      let start = range.upperBound - length
      if text.bytes[start] & 0xC0 != 0x80
        && endings.contains(text.bytes, start..<range.upperBound)
      {
        return true
      }
    }
    return false
  }
}
