import CommuniqueCore

extension SearchQuery {
  /// What the snippets and the reader highlight for the required terms, folded by
  /// `TextFolding` as the index folds its words: a word's stem (`rapatri` for `rapatriement`
  /// also covers `rapatriés`); for a phrase or a word cut by an apostrophe or a hyphen
  /// (`l'OIM`), the term as typed, without the punctuation around it.
  public func highlights(stemmer: FrenchStemmer) -> [String] {
    required.map { term in
      guard term.words.count > 1 else { return TextFolding.fold(stemmer.stem(term.words[0])) }
      let scalars = TextFolding.fold(term.text).unicodeScalars
      let isWord = { (scalar: Unicode.Scalar) in
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      }
      guard let first = scalars.firstIndex(where: isWord),
        let last = scalars.lastIndex(where: isWord)
      else { return "" }
      return String(scalars[first...last])
    }
  }
}
