/// A screen's worth of cells: what views draw into and what the terminal shows.
///
/// Writes outside the grid are ignored, a wide grapheme never straddles the right edge, and
/// overwriting half of a wide grapheme blanks its other half, so the grid always describes
/// something a terminal can show.
public struct CellGrid: Equatable, Sendable {
  /// Width in columns.
  public let width: Int
  /// Height in rows.
  public let height: Int
  /// The cells, row by row.
  public private(set) var cells: [Cell]

  /// A blank grid; negative sizes become zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The whole grid as a rectangle.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at a position, or a blank cell outside the grid.
  public subscript(column: Int, row: Int) -> Cell {
    guard column >= 0, column < width, row >= 0, row < height else { return .blank }
    return cells[row * width + column]
  }

  /// Puts one grapheme at a position, clipped to `clip`; returns the columns it took (0 when
  /// it did not fit). Unsafe characters are drawn as their placeholders.
  @discardableResult
  public mutating func put(
    _ character: Character, column: Int, row: Int, style: CellStyle, clip: Rect? = nil
  ) -> Int {
    let area = clip.map { $0.intersection(bounds) } ?? bounds
    let shown = ControlPlaceholders.safe(character)
    let columns = DisplayWidth.of(shown)
    guard columns > 0, area.contains(column: column, row: row) else { return 0 }
    guard column + columns <= area.maxX else {
      store(Cell(character: " ", style: style), column: column, row: row)
      return 1
    }
    store(Cell(character: shown, style: style, width: UInt8(columns)), column: column, row: row)
    if columns == 2 {
      store(Cell(character: " ", style: style, width: 0), column: column + 1, row: row)
    }
    return columns
  }

  /// Writes a string from a position, clipped to `clip`; returns the columns written.
  @discardableResult
  public mutating func put(
    _ text: String, column: Int, row: Int, style: CellStyle, clip: Rect? = nil
  ) -> Int {
    var x = column
    for character in text {
      x += put(character, column: x, row: row, style: style, clip: clip)
    }
    return x - column
  }

  /// Fills a rectangle with one grapheme and style.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: CellStyle) {
    let area = rect.intersection(bounds)
    for row in area.y..<area.maxY {
      for column in area.x..<area.maxX {
        put(character, column: column, row: row, style: style, clip: area)
      }
    }
  }

  /// The text of a row, continuation cells left out, trailing spaces kept.
  public func text(ofRow row: Int) -> String {
    guard row >= 0, row < height else { return "" }
    var result = ""
    for column in 0..<width where !self[column, row].isContinuation {
      result.append(self[column, row].character)
    }
    return result
  }

  /// All rows as text, trailing spaces trimmed, for tests and the headless benchmark.
  public var lines: [String] {
    (0..<height).map { row in
      var line = text(ofRow: row)
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  private mutating func store(_ cell: Cell, column: Int, row: Int) {
    let index = row * width + column
    let old = cells[index]
    if old.isContinuation, !cell.isContinuation, column > 0 {
      cells[index - 1] = Cell(character: " ", style: cells[index - 1].style)
    }
    if old.width == 2, column + 1 < width, cell.width != 2 {
      cells[index + 1] = Cell(character: " ", style: old.style)
    }
    cells[index] = cell
  }
}
