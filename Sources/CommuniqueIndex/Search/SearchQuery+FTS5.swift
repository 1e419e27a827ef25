import CommuniqueCore

extension SearchQuery {
  /// The FTS5 match expression for this query, or nil when nothing is required. `expand`
  /// gives the indexed words a prefix stands for (nil: let FTS5 expand `prefix*`).
  func matchExpression(
    stemmer: FrenchStemmer, expand: (String) throws -> [String]? = { _ in nil }
  ) rethrows -> String? {
    try combinedExpression(stemmer: stemmer, expand: expand) { $0 }
  }

  /// The same expression with the required terms looked for only in the title, the
  /// organisations and the people (exclusions still apply to the whole release).
  func prominentExpression(
    stemmer: FrenchStemmer, expand: (String) throws -> [String]? = { _ in nil }
  ) rethrows -> String? {
    try combinedExpression(stemmer: stemmer, expand: expand) {
      "{title organisations people} : (\($0))"
    }
  }

  /// The required terms ANDed (and passed through `scope`), then each exclusion NOT-ed.
  private func combinedExpression(
    stemmer: FrenchStemmer, expand: (String) throws -> [String]?,
    scope: (String) -> String
  ) rethrows -> String? {
    let required = try terms.filter { !$0.isExcluded }.map {
      try expression($0, stemmer: stemmer, expand: expand)
    }
    guard !required.isEmpty else { return nil }
    let excluded = try terms.filter(\.isExcluded).map {
      try expression($0, stemmer: stemmer, expand: expand)
    }
    return ([scope(required.joined(separator: " AND "))] + excluded).joined(separator: " NOT ")
  }

  private func expression(
    _ term: Term, stemmer: FrenchStemmer, expand: (String) throws -> [String]?
  ) rethrows -> String {
    let column: String
    switch term.field {
    case .anywhere: column = ""
    case .organisations: column = "organisations : "
    case .people: column = "people : "
    case .place: column = "place : "
    }
    if term.isPhrase {
      let words = IndexedText.expand(words: term.words, stemmer: stemmer)
      return "(\(column)\(quoted(words.joined(separator: " "))))"
    }
    let word = TextFolding.fold(term.words[0])
    let stem = TextFolding.fold(stemmer.stem(term.words[0]))
    var alternatives: [String]
    if word.unicodeScalars.count < 2 {
      alternatives = [quoted(word)]
    } else if let words = try expand(word), !words.isEmpty {
      alternatives = words.map(quoted)
    } else {
      alternatives = [quoted(word) + "*"]
    }
    if stem != word { alternatives.append(quoted(stem)) }
    return "(" + alternatives.map { column + $0 }.joined(separator: " OR ") + ")"
  }

  private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
