/// Finds institutions named by a noun and what follows it (`Ministère des affaires sociales`,
/// `Agence nationale`, `Conseil de sécurité de l’ONU`), as the regular expression it replaces
/// did:
///
///     (?<![\p{L}])(?:NOUN)(?:(?:\s+ADJECTIVE)*(?:COMPLEMENT)+|(?:\s+ADJECTIVE)+)
///
/// The adjectives are read greedily; the complements are tried after the last of them, then
/// (the engine backtracking) after each one before; without a complement the adjectives
/// alone are the name.
struct InstitutionScanner: AnchoredNameScanner {
  private let nouns: OrderedLiterals
  let openings: [String]
  private let adjective: AdjectiveReader
  private let complement: ComplementReader
  let reach: Int
  let lookBehind = 1

  init(nouns: [String], adjective: AdjectiveReader, complement: ComplementReader, reach: Int) {
    self.nouns = OrderedLiterals(nouns)
    openings = nouns
    self.adjective = adjective
    self.complement = complement
    self.reach = reach
  }

  func mayStart(at offset: Int, in text: NameText) -> Bool {
    !text.followsLetter(offset) && nouns.holdsAny(at: offset, in: text)
  }

  func end(at offset: Int, in text: NameText) -> Int? {
    guard !text.followsLetter(offset) else { return nil }
    for position in nouns.candidates(at: offset, in: text) {
      guard let noun = nouns.end(of: position, at: offset, in: text) else { continue }
      // The noun's end and each adjective's but the last (no array made without an
      // adjective), then the last.
      var earlier: [Int] = []
      var last = noun
      while let next = text.someSpaces(from: last), let end = adjective.end(at: next, in: text) {
        earlier.append(last)
        last = end
      }
      if let end = complements(at: last, in: text) { return end }
      for start in earlier.reversed() {
        if let end = complements(at: start, in: text) { return end }
      }
      if !earlier.isEmpty { return last }
    }
    return nil
  }

  /// The end of the complements read one after the other from `start`, if one is there.
  @inline(__always)
  private func complements(at start: Int, in text: NameText) -> Int? {
    guard var end = complement.end(at: start, in: text) else { return nil }
    while let next = complement.end(at: end, in: text) { end = next }
    return end
  }
}
