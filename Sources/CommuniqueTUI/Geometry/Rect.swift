/// A rectangle of terminal cells whose arithmetic saturates: it never has a negative size.
public struct Rect: Equatable, Hashable, Sendable {
  /// Leftmost column.
  public var x: Int
  /// Top row.
  public var y: Int
  /// Width in columns, never negative.
  public var width: Int
  /// Height in rows, never negative.
  public var height: Int

  /// Creates a rectangle; negative sizes become zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The empty rectangle at the origin.
  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  /// Whether the rectangle holds no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// The column just past the right edge.
  public var maxX: Int { x + width }

  /// The row just past the bottom edge.
  public var maxY: Int { y + height }

  /// The rectangle shrunk by `amount` on every side; empty rather than negative.
  public func inset(by amount: Int) -> Rect {
    Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
  }

  /// The overlap of two rectangles; empty when they do not meet.
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// Whether the cell at (`column`, `row`) lies inside.
  public func contains(column: Int, row: Int) -> Bool {
    column >= x && column < maxX && row >= y && row < maxY
  }

  /// A rectangle of `size` columns by `rows` rows centred in this one, clipped to it.
  public func centred(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}
