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
    for noun in nouns.ends(at: offset, in: text) {
      var ends = [noun]
      while let next = text.someSpaces(from: ends[ends.count - 1]),
        let end = adjective.end(at: next, in: text)
      {
        ends.append(end)
      }
      for start in ends.reversed() {
        guard var end = complement.end(at: start, in: text) else { continue }
        while let next = complement.end(at: end, in: text) { end = next }
        return end
      }
      if ends.count > 1 { return ends[ends.count - 1] }
    }
    return nil
  }
}
