/// Whether a saying verb (`PersonWords.sayingVerbs`, `d’après`) stands among the first words
/// of a clause: its words (letters and apostrophes) lower-cased, stripped of the elisions
/// `s’ l’ d’` in that order, and looked up.
///
/// A plain Latin clause (`String.isPlainLatin`: each scalar a character, the text in NFC) is
/// read on its UTF-8 bytes, its words lower-cased on their bytes where each scalar is ASCII or
/// Latin-1 and looked up in a byte table; others character by character.
enum SayingVerbWords {
  private static let verbs = ByteWordSet(
    Array(PersonWords.sayingVerbs) + ["d’après", "d'après"])
  private static let elisions = ["s’", "s'", "l’", "l'", "d’", "d'"]
  private static let elisionBytes = elisions.map { Array($0.utf8) }

  /// Whether one of the first `limit` words of `clause` is a saying verb.
  static func occur(in clause: String, within limit: Int) -> Bool {
    if clause.isPlainLatin {
      var clause = clause
      return clause.withUTF8 { occur(inPlainLatin: $0, within: limit) }
    }
    var count = 0
    var found = false
    forEachWord(clause, isPart: isWordPart) { range in
      if count >= limit { return false }
      count += 1
      if isSayingVerb(clause[range].lowercased()) {
        found = true
        return false
      }
      return true
    }
    return found
  }

  /// `occur(in:within:)` on the UTF-8 bytes of a plain Latin clause.
  private static func occur(inPlainLatin bytes: UnsafeBufferPointer<UInt8>, within limit: Int)
    -> Bool
  {
    var count = 0
    var offset = 0
    while offset < bytes.count {
      var (value, length) = UTF8Scalar.decode(bytes, at: offset)
      guard isPlainWordPart(value) else {
        offset += length
        continue
      }
      var end = offset + length
      while end < bytes.count {
        (value, length) = UTF8Scalar.decode(bytes, at: end)
        guard isPlainWordPart(value) else { break }
        end += length
      }
      if count >= limit { return false }
      count += 1
      let word = UnsafeBufferPointer(rebasing: bytes[offset..<end])
      let saying = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) {
        lower -> Bool? in
        let base = lower.baseAddress.unsafelyUnwrapped
        guard let count = LatinKeyBytes.lowercased(word, into: base) else { return nil }
        return isSayingVerb(UnsafeBufferPointer(start: base, count: count))
      }
      if saying ?? isSayingVerb(String(decoding: word, as: UTF8.self).lowercased()) {
        return true
      }
      offset = end
    }
    return false
  }

  /// Whether a lower-cased word, stripped of its elisions, is a saying verb.
  private static func isSayingVerb(_ word: String) -> Bool {
    var word = word
    for elision in elisions where word.hasPrefix(elision) {
      word.removeFirst(elision.count)
    }
    return PersonWords.sayingVerbs.contains(word) || word == "d’après" || word == "d'après"
  }

  /// `isSayingVerb` on the bytes of a lower-cased plain Latin word (in NFC, with no scalar
  /// that joins another: a prefix of bytes is a prefix of characters, equal bytes equal
  /// words).
  private static func isSayingVerb(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    for elision in elisionBytes
    where bytes.count - start >= elision.count
      && elision.indices.allSatisfy({ bytes[start + $0] == elision[$0] })
    {
      start += elision.count
    }
    return verbs.contains(bytes, start..<bytes.count)
  }

  /// Whether the scalar `value` of a plain Latin text is a word's: an ASCII letter or `'`,
  /// beyond ASCII a letter or `’` (`isWordPart`).
  @inline(__always)
  private static func isPlainWordPart(_ value: UInt32) -> Bool {
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value == 0x27 }
    if value < 0x300 { return latinWordParts[Int(value)] }
    return isWordPart(Character(Unicode.Scalar(value).unsafelyUnwrapped))
  }

  /// `isWordPart` of each scalar below U+0300, asked once.
  private static let latinWordParts: [Bool] = (0..<0x300).map {
    isWordPart(Character(Unicode.Scalar(UInt32($0)).unsafelyUnwrapped))
  }

  private static func isWordPart(_ character: Character) -> Bool {
    character.isLetter || character == "’" || character == "'"
  }

  /// Calls `visit` with each word of `text` (runs of characters for which `isPart` holds)
  /// while it returns true.
  private static func forEachWord(
    _ text: String, isPart: (Character) -> Bool, _ visit: (Range<String.Index>) -> Bool
  ) {
    var index = text.startIndex
    while index < text.endIndex {
      guard isPart(text[index]) else {
        index = text.index(after: index)
        continue
      }
      var end = text.index(after: index)
      while end < text.endIndex, isPart(text[end]) { end = text.index(after: end) }
      guard visit(index..<end) else { return }
      index = end
    }
  }
}
