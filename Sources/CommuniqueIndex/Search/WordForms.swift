/// What the full-text index stores for each word of `SearchTokenizer` (see `IndexedText`): the
/// word folded, then its stem folded when it differs, worked out once per distinct word (a
/// library repeats the same few thousand words, and folding and stemming every occurrence was a
/// large part of preparing a batch), and the vocabulary's words met for the first time.
///
/// Not thread-safe: each thread or task makes its own.
final class WordForms {
  /// Distinct words kept before the cache starts again.
  private static let capacity = 200_000

  /// The stemmer the forms come from.
  let stemmer: FrenchStemmer
  /// Forms already worked out, by word.
  private let known = ByteKeyedTable()
  private var vocabulary: Set<String> = []
  private var fresh: [String] = []

  /// Forms worked out with `stemmer`.
  init(stemmer: FrenchStemmer = FrenchStemmer()) {
    self.stemmer = stemmer
  }

  /// Appends to `text` the tokens the index stores for `word` (the UTF-8 bytes of a word of
  /// `SearchTokenizer`): the word folded, then its stem folded when it differs, separated by a
  /// space.
  func appendTokens(of word: UnsafeBufferPointer<UInt8>, to text: inout GrowingBuffer<UInt8>) {
    if known.appendValue(of: word, to: &text) { return }
    var tokens = tokens(of: String(decoding: word, as: UTF8.self))
    if known.count >= Self.capacity { known.removeAll() }
    tokens.withUTF8 { tokens in
      known.insert(word, value: tokens)
      text.append(tokens)
    }
  }

  /// The tokens of `word`, worked out, with the vocabulary's words among them noted.
  private func tokens(of word: String) -> String {
    let expanded = IndexedText.expand(words: [word], stemmer: stemmer)
    for token in expanded where !token.isEmpty {
      if let folded = Vocabulary.fold(token), vocabulary.insert(folded).inserted {
        fresh.append(folded)
      }
    }
    return expanded.joined(separator: " ")
  }

  /// The vocabulary's words (`Vocabulary.fold`) of the tokens given out since the last call
  /// that no earlier call returned: each distinct word goes to the vocabulary table once, not
  /// once per release.
  func takeNewVocabulary() -> [String] {
    defer { fresh.removeAll(keepingCapacity: true) }
    return fresh
  }
}
