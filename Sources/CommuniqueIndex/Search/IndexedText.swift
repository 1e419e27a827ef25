import CommuniqueCore

/// The text of a release as the full-text table stores it, one string per column: each word of
/// `SearchTokenizer`, folded by `TextFolding`, followed by its French stem (folded too) when
/// the stem differs, so that a query can match a word by prefix (`detent` → `détention`) or by
/// stem (`rapatriement` → `rapatriés`), and a phrase expanded the same way still matches word
/// for word.
struct IndexedText: Equatable {
  /// The columns of the full-text table, in order, with their bm25 weights.
  static let columns: [(name: String, weight: Double)] = [
    ("title", 10), ("organisations", 5), ("people", 5), ("place", 2), ("quotes", 2),
    ("body", 1),
  ]

  /// Column values, in the order of `columns`.
  var values: [String]
  /// The words of the values as the vocabulary stores them (`Vocabulary.fold`) that `forms`
  /// had not met before: worked out here, where batches are prepared in parallel, not while
  /// writing.
  var vocabulary: [String]

  /// The indexed text of `release`, its words' forms from `forms`. Each column's pieces
  /// (a title, an organisation's name, a paragraph) are read one after the other rather than
  /// joined with spaces first: a space ends a word and begins none, so the words are the same.
  init(_ release: Release, forms: WordForms) {
    let organisations = release.organisations.flatMap { organisation in
      [organisation.name, organisation.acronym ?? ""] + organisation.aliases
    }
    let people = release.people.map(\.name) + release.quotes.compactMap(\.speaker)
    let columns: [[String]] = [
      [release.fullTitle],
      organisations,
      people,
      [release.dateline?.place ?? ""],
      release.quotes.map(\.text),
      [release.speakerLine ?? ""] + release.paragraphs.map(\.text),
    ]
    var value = GrowingBuffer<UInt8>(capacity: 16_384)
    values = columns.map { pieces in
      value.removeAll()
      for piece in pieces {
        SearchTokenizer.forEachWord(in: piece) { word in
          if value.count > 0 { value.append(0x20) }
          forms.appendTokens(of: word, to: &value)
        }
      }
      return String(decoding: value.elements(0..<value.count), as: UTF8.self)
    }
    vocabulary = forms.takeNewVocabulary()
  }

  /// Each word folded, followed by its stem, folded, when the stem differs.
  static func expand(words: [String], stemmer: FrenchStemmer) -> [String] {
    var tokens: [String] = []
    tokens.reserveCapacity(words.count * 2)
    for word in words {
      let folded = TextFolding.fold(word)
      tokens.append(folded)
      let stem = TextFolding.fold(stemmer.stem(word))
      if stem != folded { tokens.append(stem) }
    }
    return tokens
  }
}
