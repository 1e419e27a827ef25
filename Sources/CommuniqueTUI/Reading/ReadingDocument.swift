import CommuniqueCore

/// What the reading pane shows for one release, as blocks of styled glyphs.
///
/// Blocks do not depend on the pane width (search matches point into them); `lines(width:)`
/// wraps them for a width. Blocks are the title, the dateline, then each paragraph followed by
/// who spoke the quotes that end in it (indented), with empty blocks as the blank lines between.
public struct ReadingDocument: Equatable, Sendable {
  /// The blocks, in reading order; an empty block is a blank line.
  public let blocks: [[Glyph]]

  /// Creates a document from blocks.
  public init(blocks: [[Glyph]]) {
    self.blocks = blocks
  }

  /// The document for a release.
  public init(release: Release) {
    var blocks: [[Glyph]] = [Glyph.make(release.fullTitle, style: .title)]
    if let dateline = release.dateline {
      let parts = [dateline.place.uppercased(), dateline.when].compactMap { $0 }
      blocks.append(Glyph.make(parts.joined(separator: " · "), style: .secondary))
    } else if let speakerLine = release.speakerLine {
      blocks.append(Glyph.make(speakerLine, style: .secondary))
    }
    for (index, paragraph) in release.paragraphs.enumerated() {
      blocks.append([])
      let quotes = paragraph.spans.filter { $0.kind == .quote }
      blocks.append(
        Glyph.make(paragraph.text) { offset in
          quotes.contains { offset >= $0.start && offset < $0.end } ? .quote : .plain
        })
      for quote in release.quotes where quote.paragraphEnd == index {
        if let speaker = quote.speaker {
          blocks.append(Glyph.make("    — " + speaker, style: .speaker))
        }
      }
    }
    self.init(blocks: blocks)
  }

  /// What shows of a release until it is loaded: its title and place.
  public init(summary: ReleaseSummary) {
    var blocks: [[Glyph]] = [Glyph.make(summary.title, style: .title)]
    if let place = summary.place {
      blocks.append(Glyph.make(place.uppercased(), style: .secondary))
    }
    self.init(blocks: blocks)
  }

  /// The document shown when the library holds no release.
  public static func emptyLibrary(at path: String) -> ReadingDocument {
    let text = [
      ("Aucun communiqué pour l’instant", CellStyle.title),
      ("", .plain),
      ("Le dossier «\u{00A0}\(path)\u{00A0}» ne contient aucun fichier .txt.", .plain),
      ("", .plain),
      (
        "Déposez-y les communiqués (un fichier texte par communiqué, tels qu’enregistrés depuis "
          + "le site de l’OIM), puis relancez communique. Pour lire un autre dossier\u{00A0}: "
          + "communique browse DOSSIER, ou la variable COMMUNIQUE_LIBRARY.", .plain
      ),
    ]
    return ReadingDocument(blocks: text.map { Glyph.make($0.0, style: $0.1) })
  }

  /// The document's lines at a width.
  public func lines(width: Int) -> [DocumentLine] {
    var lines: [DocumentLine] = []
    for (index, block) in blocks.enumerated() {
      for range in TextWrapper.wrap(block, width: width) {
        lines.append(DocumentLine(block: index, glyphs: range))
      }
    }
    return lines
  }

  /// Every place the folded query occurs, in reading order.
  public func matches(for query: String) -> [SearchMatch] {
    let needle = Array(TextFolding.fold(query))
    guard !needle.isEmpty else { return [] }
    var result: [SearchMatch] = []
    for (index, block) in blocks.enumerated() {
      var folded: [Character] = []
      var owner: [Int] = []
      for (glyphIndex, glyph) in block.enumerated() {
        for letter in TextFolding.fold(glyph.character) {
          folded.append(letter)
          owner.append(glyphIndex)
        }
      }
      var start = 0
      while start + needle.count <= folded.count {
        if folded[start..<start + needle.count].elementsEqual(needle) {
          let glyphs = owner[start]..<(owner[start + needle.count - 1] + 1)
          result.append(SearchMatch(block: index, glyphs: glyphs))
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    return result
  }
}
