import CommuniqueCore

@testable import CommuniqueIndex

/// The tokenizer and the indexed text as they were before they read bytes (scalar by scalar,
/// one `String` per word, a cache keyed by `String`): the oracle the byte versions are compared
/// with.
enum IndexedTextOracle {
  /// The words of `text`, the old way.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    func flush() {
      if !current.isEmpty {
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    func append(_ scalar: Unicode.Scalar) {
      switch scalar.value {
      case 0x61...0x7A, 0x30...0x39: current.append(UInt8(scalar.value))
      case 0..<0x80: flush()
      default: UTF8.encode(scalar) { current.append($0) }
      }
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x61...0x7A, 0x30...0x39: current.append(UInt8(value))
      case 0x41...0x5A: current.append(UInt8(value + 0x20))
      case 0..<0x80, 0xD7, 0xF7: flush()
      default:
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil
          || (properties.generalCategory == .nonspacingMark && !current.isEmpty)
        {
          TextFolding.forEachFolded(scalar, keepingAccents: true, append)
        } else {
          flush()
        }
      }
    }
    flush()
    return words
  }

  /// The word forms cache, the old way: keyed by `String`.
  final class Forms {
    let stemmer = FrenchStemmer()
    private var known: [String: String] = [:]
    private var vocabulary: Set<String> = []
    private var fresh: [String] = []

    func tokens(of word: String) -> String {
      if let tokens = known[word] { return tokens }
      let expanded = IndexedText.expand(words: [word], stemmer: stemmer)
      for token in expanded where !token.isEmpty {
        if let folded = Vocabulary.fold(token), vocabulary.insert(folded).inserted {
          fresh.append(folded)
        }
      }
      let tokens = expanded.joined(separator: " ")
      known[word] = tokens
      return tokens
    }

    func takeNewVocabulary() -> [String] {
      defer { fresh.removeAll(keepingCapacity: true) }
      return fresh
    }
  }

  /// The column values and new vocabulary of `release`, the old way.
  static func indexedText(_ release: Release, forms: Forms) -> (
    values: [String], vocabulary: [String]
  ) {
    let organisations = release.organisations.map { organisation in
      ([organisation.name, organisation.acronym ?? ""] + organisation.aliases)
        .joined(separator: " ")
    }
    let people = release.people.map(\.name) + release.quotes.compactMap(\.speaker)
    let fields = [
      release.fullTitle,
      organisations.joined(separator: " "),
      people.joined(separator: " "),
      release.dateline?.place ?? "",
      release.quotes.map(\.text).joined(separator: " "),
      ([release.speakerLine ?? ""] + release.paragraphs.map(\.text)).joined(separator: " "),
    ]
    let values = fields.map { field in
      var value = ""
      for word in words(field) {
        if !value.isEmpty { value += " " }
        value += forms.tokens(of: word)
      }
      return value
    }
    return (values, forms.takeNewVocabulary())
  }
}
