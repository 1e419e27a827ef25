@testable import CommuniqueCore

/// `OrganisationExtractor.spelledOutNames(in:)` as it was before `FirstWordSearch`: the
/// gazetteer's and lexicon's names found by `WordSearch`, gathered in a dictionary by name
/// and read in the order of the names; kept as the oracle of the new search.
enum SpelledOutNamesOracle {
  static let search = WordSearch(
    OrganisationExtractor.spelledOutNeedles.map {
      (text: $0, caseSensitive: !$0.containsText(" "), tag: $0)
    })

  /// The names spelled out in `paragraph`, sorted, each with the ranges where the text
  /// writes it.
  static func names(in paragraph: ScalarText) -> [(name: String, ranges: [Range<String.Index>])] {
    let utf8 = paragraph.text.utf8
    var names: [String: [Range<String.Index>]] = [:]
    var scalar = 0
    var offset = 0
    paragraph.scalars.withUnsafeBufferPointer { scalars in
      for match in search.matches(in: paragraph) {
        while scalar < match.range.lowerBound {
          offset += UTF8.width(scalars[scalar])
          scalar += 1
        }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        while scalar < match.range.upperBound {
          offset += UTF8.width(scalars[scalar])
          scalar += 1
        }
        names[match.tag, default: []].append(lower..<utf8.index(utf8.startIndex, offsetBy: offset))
      }
    }
    return names.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value) }
  }
}
