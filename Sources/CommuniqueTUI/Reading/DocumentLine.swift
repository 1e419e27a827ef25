/// One wrapped line of a `ReadingDocument`: a range of glyphs of one block.
public struct DocumentLine: Equatable, Sendable {
  /// Index of the block.
  public var block: Int
  /// The glyphs of the block on this line.
  public var glyphs: Range<Int>

  /// Creates a line.
  public init(block: Int, glyphs: Range<Int>) {
    self.block = block
    self.glyphs = glyphs
  }
}

extension [DocumentLine] {
  /// Index of the line that shows glyph `glyph` of block `block` (the last line that starts at
  /// or before it), or 0.
  public func index(ofBlock block: Int, glyph: Int) -> Int {
    var found = 0
    for (index, line) in enumerated() {
      if line.block > block || (line.block == block && line.glyphs.lowerBound > glyph) { break }
      found = index
    }
    return found
  }
}
