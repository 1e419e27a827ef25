/// Finds a country's bodies (`gouvernement libyen`, `Police Nationale Congolaise`, `garde-côtes
/// du Niger et de la Libye`), as the regular expression it replaces did:
///
///     (?<![\p{L}])(?:WORD)(?:(?:\s+ADJECTIVE)+(?:\s+PLACE)?|\s+PLACE(?:\s+et\s+PLACE)?)
///     PLACE = (?:CONNECTOR)\s*[\p{Lu}][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+)*
///
/// Every part after the first adjective or place is optional and greedy.
struct NationalBodyScanner: AnchoredNameScanner {
  private let words: OrderedLiterals
  let openings: [String]
  private let adjective: AdjectiveReader
  /// The connectors before a place (`du`, `de la`, `d’`), in order.
  private let placeConnectors: [Phrase]
  let reach: Int
  let lookBehind = 1

  init(words: [String], adjective: AdjectiveReader, placeConnectors: [Phrase], reach: Int) {
    self.words = OrderedLiterals(words)
    openings = words
    self.adjective = adjective
    self.placeConnectors = placeConnectors
    self.reach = reach
  }

  func mayStart(at offset: Int, in text: NameText) -> Bool {
    !text.followsLetter(offset) && words.holdsAny(at: offset, in: text)
  }

  func end(at offset: Int, in text: NameText) -> Int? {
    guard !text.followsLetter(offset) else { return nil }
    for position in words.candidates(at: offset, in: text) {
      guard let word = words.end(of: position, at: offset, in: text) else { continue }
      var end = word
      while let next = text.someSpaces(from: end), let adjective = adjective.end(at: next, in: text)
      {
        end = adjective
      }
      if end > word {
        guard let next = text.someSpaces(from: end), let place = place(at: next, in: text) else {
          return end
        }
        return place
      }
      guard let next = text.someSpaces(from: word), let place = place(at: next, in: text) else {
        continue
      }
      guard let spaced = text.someSpaces(from: place), text.holds(0x65, 0x74, at: spaced),
        let other = text.someSpaces(from: spaced + 2),
        let second = self.place(at: other, in: text)
      else { return place }
      return second
    }
    return nil
  }

  /// `PLACE` at `offset`: a connector and capitalised words (`du Niger`, `de l’Ukraine`).
  private func place(at offset: Int, in text: NameText) -> Int? {
    for connector in placeConnectors {
      guard let end = connector.end(at: offset, in: text),
        var place = text.capitalisedWord(at: text.spaces(from: end), then: ScalarClass.letter)
      else { continue }
      while let next = text.someSpaces(from: place),
        let word = text.capitalisedWord(at: next, then: ScalarClass.letter)
      {
        place = word
      }
      return place
    }
    return nil
  }
}
