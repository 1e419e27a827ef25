import CommuniqueTUI
import Testing

@Test func rectArithmeticSaturatesAtZero() {
  let rect = Rect(x: 2, y: 3, width: 4, height: 1)
  #expect(rect.inset(by: 1).isEmpty)
  #expect(rect.inset(by: 5).width == 0)
  #expect(Rect(x: 0, y: 0, width: -3, height: -1) == Rect(x: 0, y: 0, width: 0, height: 0))
  #expect(rect.intersection(Rect(x: 10, y: 10, width: 2, height: 2)).isEmpty)
  #expect(Rect(x: 0, y: 0, width: 10, height: 10).centred(width: 20, height: 4).width == 10)
}

@Test func gridIgnoresWritesOutsideAndNeverSplitsAWideGrapheme() {
  var grid = CellGrid(width: 3, height: 1)
  #expect(grid.put("漢", column: -1, row: 0, style: .plain) == 0)
  #expect(grid.put("x", column: 0, row: 5, style: .plain) == 0)
  grid.put("a漢", column: 1, row: 0, style: .plain)
  #expect(grid.text(ofRow: 0) == " a ")
  grid.put("漢", column: 0, row: 0, style: .plain)
  #expect(grid.text(ofRow: 0) == "漢 ")
  grid.put("b", column: 1, row: 0, style: .plain)
  #expect(grid.text(ofRow: 0) == " b ")
}

@Test(arguments: [(0, 0), (1, 1), (2, 2), (5, 3), (19, 5), (20, 6), (59, 20), (60, 20)])
func tinyGridsAreSafe(width: Int, height: Int) {
  var grid = CellGrid(width: width, height: height)
  grid.fill(Rect(x: -5, y: -5, width: 100, height: 100), with: "漢", style: .plain)
  #expect(grid.cells.count == width * height)
}
