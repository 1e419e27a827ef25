/// Finds forces named by their noun alone after an article (`par la police`, `l’armée`), as
/// the regular expression it replaces did:
///
///     (?<=(?<![\p{L}])(?:la|les|des|aux)\s|(?<![\p{L}])l['’])(?:WORD)(?![\p{L}\-])
struct BareBodyScanner: AnchoredNameScanner {
  private let words: OrderedLiterals
  let openings: [String]
  /// The articles before a white space.
  private let articles = ["la", "les", "des", "aux"].map { Array($0.utf8) }
  let reach = 40
  let lookBehind = 5

  init(words: [String]) {
    self.words = OrderedLiterals(words)
    openings = words
  }

  func mayStart(at offset: Int, in text: NameText) -> Bool {
    followsArticle(offset, in: text) && words.holdsAny(at: offset, in: text)
  }

  func end(at offset: Int, in text: NameText) -> Int? {
    guard followsArticle(offset, in: text) else { return nil }
    for position in words.candidates(at: offset, in: text) {
      guard let end = words.end(of: position, at: offset, in: text) else { continue }
      if end < text.limit {
        let (value, _) = text.scalar(at: end)
        if value == 0x2D || text.flags(of: value) & ScalarClass.letter != 0 { continue }
      }
      return end
    }
    return nil
  }

  /// The look-behind: an article and a white space, or `l’`, end at `offset`.
  private func followsArticle(_ offset: Int, in text: NameText) -> Bool {
    guard offset > text.floor else { return false }
    let before = text.start(before: offset)
    let (value, _) = text.scalar(at: before)
    if text.flags(of: value) & ScalarClass.space != 0 {
      return articles.contains { article in
        let start = before - article.count
        return start >= text.floor && text.holds(article, at: start) && !text.followsLetter(start)
      }
    }
    guard value == 0x27 || value == 0x2019 else { return false }
    let start = before - 1
    return start >= text.floor && text.bytes[start] == 0x6C && !text.followsLetter(start)
  }
}
