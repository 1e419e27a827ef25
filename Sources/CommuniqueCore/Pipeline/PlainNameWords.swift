/// The words of a name read on their bytes when every one is printable ASCII and
/// U+00C0–U+00FF only: each scalar is then a character, whose case its bytes tell, and a word
/// in lower case is looked up in `WordKind.table` (built from `PersonWords`' lists, in form C
/// as such words are) rather than made a `String`.
enum PlainNameWords {
  /// `NameScanner.isPlausible(_:name:)` after its place and body look-ups, for plain words;
  /// nil when a word is not plain.
  static func isPlausible(_ words: [String]) -> Bool? {
    var shoutedOpening = false
    var particleAt: Int?
    var anyLowercase = false
    var notName = false
    for (position, word) in words.enumerated() {
      guard let read = read(word) else { return nil }
      if position == 0 { shoutedOpening = read.scalars >= 3 && read.allCapitals }
      if particleAt == nil, read.isPlaceParticle { particleAt = position }
      anyLowercase = anyLowercase || read.hasLowercase
      notName = notName || (read.kind.contains(.notNameStart) && !read.kind.contains(.particle))
    }
    if words.count > 1, shoutedOpening { return false }
    if let particleAt, PlaceNames.contains(words[(particleAt + 1)...].joined(separator: " ")) {
      return false
    }
    return anyLowercase && !notName
  }

  /// What a plain word is.
  private struct Reading {
    var scalars = 0
    /// Every character is an upper-case letter (`Character.isUppercase`).
    var allCapitals = true
    /// A scalar is a lower-case letter (`Unicode.Scalar.Properties.isLowercase`).
    var hasLowercase = false
    /// `du`, `de` or `des`.
    var isPlaceParticle = false
    /// `WordKind.table`'s kinds of the word in lower case.
    var kind: WordKind = []
  }

  /// The reading of `word`, nil when it is not plain.
  private static func read(_ word: String) -> Reading? {
    var word = word
    return word.withUTF8 { bytes -> Reading? in
      var reading = Reading()
      let table = WordKind.table
      let stored = bytes.count <= table.maxLength
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { lower in
        var index = 0
        while index < bytes.count {
          let byte = bytes[index]
          if byte > 0x20 && byte < 0x7F {
            if byte &- 0x41 < 26 {
              lower[index] = byte | 0x20
            } else {
              reading.allCapitals = false
              if byte &- 0x61 < 26 { reading.hasLowercase = true }
              lower[index] = byte
            }
            index += 1
          } else if byte == 0xC3, index + 1 < bytes.count {
            let next = bytes[index + 1]
            lower[index] = byte
            if LatinLowercase.isCapital(afterC3: next) {
              lower[index + 1] = next + 0x20
            } else {
              reading.allCapitals = false
              if next >= 0x9F, next != 0xB7 { reading.hasLowercase = true }
              lower[index + 1] = next
            }
            index += 2
          } else {
            return nil
          }
          reading.scalars += 1
        }
        let text = UnsafeBufferPointer(rebasing: lower[0..<bytes.count])
        // `du`, `de` or `des`, byte for byte.
        reading.isPlaceParticle =
          (text.count == 2 || text.count == 3) && text[0] == 0x64
          && (text.count == 2
            ? text[1] == 0x75 || text[1] == 0x65 : text[1] == 0x65 && text[2] == 0x73)
        if reading.isPlaceParticle { reading.isPlaceParticle = bytes.elementsEqual(text) }
        if stored { reading.kind = WordKind(rawValue: table.value(text)) }
        return reading
      }
    }
  }
}
