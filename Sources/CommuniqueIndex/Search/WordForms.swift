/// What the full-text index stores for each word of `SearchTokenizer` (see `IndexedText`): the
/// word folded, then its stem folded when it differs, worked out once per distinct word (a
/// library repeats the same few thousand words, and folding and stemming every occurrence was a
/// large part of preparing a batch), and the vocabulary's words met for the first time.
///
/// Not thread-safe: each thread or task makes its own.
final class WordForms {
  /// The stemmer the forms come from.
  let stemmer: FrenchStemmer
  private var known: [String: String] = [:]
  private var vocabulary: Set<String> = []
  private var fresh: [String] = []

  /// Forms worked out with `stemmer`.
  init(stemmer: FrenchStemmer = FrenchStemmer()) {
    self.stemmer = stemmer
  }

  /// The tokens the index stores for `word` (a word of `SearchTokenizer`): the word folded,
  /// then its stem folded when it differs, separated by a space.
  func tokens(of word: String) -> String {
    if let tokens = known[word] { return tokens }
    let expanded = IndexedText.expand(words: [word], stemmer: stemmer)
    for token in expanded where !token.isEmpty {
      if let folded = Vocabulary.fold(token), vocabulary.insert(folded).inserted {
        fresh.append(folded)
      }
    }
    let tokens = expanded.joined(separator: " ")
    if known.count > 200_000 { known.removeAll(keepingCapacity: true) }
    known[word] = tokens
    return tokens
  }

  /// The vocabulary's words (`Vocabulary.fold`) of the tokens given out since the last call
  /// that no earlier call returned: each distinct word goes to the vocabulary table once, not
  /// once per release.
  func takeNewVocabulary() -> [String] {
    defer { fresh.removeAll(keepingCapacity: true) }
    return fresh
  }
}
