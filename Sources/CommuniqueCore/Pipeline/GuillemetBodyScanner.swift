/// Finds a body named in guillemets (`Conseil « Justice et affaires intérieures »`), as the
/// regular expression it replaces did:
///
///     (?<![\p{L}])(?:WORD)\s+«[^«»]{2,60}»
struct GuillemetBodyScanner: UnanchoredNameScanner {
  private let words: OrderedLiterals
  let openings: [String]
  /// The most scalars between the guillemets.
  private let longest = 60

  init(words: [String]) {
    self.words = OrderedLiterals(words)
    openings = words
  }

  func end(at offset: Int, in text: NameText) -> Int? {
    guard !text.followsLetter(offset), words.holdsAny(at: offset, in: text) else { return nil }
    for position in words.candidates(at: offset, in: text) {
      guard let word = words.end(of: position, at: offset, in: text) else { continue }
      // `«` is C2 AB, `»` C2 BB.
      guard let open = text.someSpaces(from: word), text.holds(0xC2, 0xAB, at: open) else {
        continue
      }
      var position = open + 2
      var count = 0
      while position < text.limit && count <= longest {
        let (value, next) = text.scalar(at: position)
        if value == 0xAB { break }
        if value == 0xBB {
          if count >= 2 { return next }
          break
        }
        count += 1
        position = next
      }
    }
    return nil
  }
}
