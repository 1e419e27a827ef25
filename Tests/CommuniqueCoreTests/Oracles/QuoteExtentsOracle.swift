@testable import CommuniqueCore

/// How `QuoteExtractor` found « … » extents before it read paragraphs on their bytes: on
/// arrays of `Character`s (kept as the oracle of `QuoteOracleTests`).
enum QuoteExtentsOracle {
  typealias Extent = QuoteExtractor.Extent

  static func extents(_ paragraphs: [String]) -> [Extent] {
    let texts = paragraphs.map { Array($0) }
    var extents: [Extent] = []
    var open: (paragraph: Int, offset: Int)?
    var depth = 0
    let guillemets = LiteralSet(["«", "»"])
    for paragraph in 0..<texts.count {
      let mayHoldGuillemets = guillemets.occurs(in: paragraphs[paragraph])
      if let current = open, current.paragraph < paragraph,
        !mayHoldGuillemets || !continues(texts[paragraph])
      {
        let last = texts[paragraph - 1]
        extents.append(
          Extent(
            startParagraph: current.paragraph, start: current.offset,
            endParagraph: paragraph - 1, end: max(last.count - 1, 0)))
        open = nil
        depth = 0
      }
      guard mayHoldGuillemets else { continue }
      for (offset, character) in texts[paragraph].enumerated() {
        if character == "«" {
          if open == nil {
            open = (paragraph, offset)
          } else if !(offset == 0 && open!.paragraph < paragraph) {
            depth += 1
          }
        } else if character == "»", let current = open {
          if depth > 0 {
            depth -= 1
          } else {
            extents.append(
              Extent(
                startParagraph: current.paragraph, start: current.offset,
                endParagraph: paragraph, end: offset))
            open = nil
          }
        }
      }
    }
    if let current = open, texts.count > 0 {
      extents.append(
        Extent(
          startParagraph: current.paragraph, start: current.offset,
          endParagraph: texts.count - 1, end: max(texts[texts.count - 1].count - 1, 0)))
    }
    return extents
  }

  private static func continues(_ characters: [Character]) -> Bool {
    if characters.first == "«" { return true }
    guard let close = characters.firstIndex(of: "»") else { return false }
    return !(characters[..<close].contains("«"))
  }

  /// The text of the characters at `offsets` of `paragraph`.
  static func text(_ paragraph: String, _ offsets: Range<Int>) -> String {
    let indices = Array(paragraph.indices) + [paragraph.endIndex]
    return String(paragraph[indices[offsets.lowerBound]..<indices[offsets.upperBound]])
  }
}
