/// Where a search matched: glyphs of one block of the reading document.
public struct SearchMatch: Equatable, Hashable, Sendable {
  /// Index of the block in the document.
  public var block: Int
  /// The matching glyphs of that block.
  public var glyphs: Range<Int>

  /// Creates a match.
  public init(block: Int, glyphs: Range<Int>) {
    self.block = block
    self.glyphs = glyphs
  }
}
