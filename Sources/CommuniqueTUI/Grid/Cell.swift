/// One terminal cell: a grapheme and its style.
///
/// A wide grapheme (two columns) sits in its first cell with `width == 2`; the cell to its right
/// is a continuation cell (`width == 0`) that draws nothing of its own.
public struct Cell: Equatable, Hashable, Sendable {
  /// The grapheme drawn here (a space for an empty or continuation cell).
  public var character: Character
  /// Its style.
  public var style: CellStyle
  /// Columns taken: 1, 2 for a wide grapheme, 0 for the right half of a wide grapheme.
  public var width: UInt8

  /// Creates a cell.
  public init(character: Character, style: CellStyle = .plain, width: UInt8 = 1) {
    self.character = character
    self.style = style
    self.width = width
  }

  /// An empty cell.
  public static let blank = Cell(character: " ")

  /// Whether this is the right half of a wide grapheme.
  public var isContinuation: Bool { width == 0 }
}
