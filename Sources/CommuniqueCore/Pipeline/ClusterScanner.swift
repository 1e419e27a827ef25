/// Finds a UN cluster (`Cluster Abris et Articles Non Alimentaires`), as the regular
/// expression it replaces did:
///
///     (?<![\p{L}])Cluster\s+[\p{Lu}][\p{L}\-]+(?:\s+(?:et\s+)?[\p{Lu}][\p{L}\-]+)*
struct ClusterScanner: UnanchoredNameScanner {
  private let word = Array("Cluster".utf8)

  let openings = ["Cluster"]

  func end(at offset: Int, in text: NameText) -> Int? {
    guard text.holds(word, at: offset), !text.followsLetter(offset),
      let next = text.someSpaces(from: offset + word.count),
      var end = text.capitalisedWord(at: next, then: ScalarClass.letter)
    else { return nil }
    while let next = text.someSpaces(from: end) {
      if text.holds(0x65, 0x74, at: next), let after = text.someSpaces(from: next + 2),
        let word = text.capitalisedWord(at: after, then: ScalarClass.letter)
      {
        end = word
      } else if let word = text.capitalisedWord(at: next, then: ScalarClass.letter) {
        end = word
      } else {
        break
      }
    }
    return end
  }
}
