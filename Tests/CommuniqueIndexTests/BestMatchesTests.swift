import Foundation
import Testing

@testable import CommuniqueIndex

/// The bounded heap of the exact search, and the row sizes it reads.
struct BestMatchesTests {
  @Test(arguments: [0, 1, 5, 20, 300])
  func keepsTheBestInOrderWithTiesToTheNewest(limit: Int) {
    var generator = SystemRandomNumberGenerator()
    let matches = (1...250).map { rowid in
      BestMatches.Match(
        rowid: Int64(rowid), score: -Double(Int.random(in: 0..<40, using: &generator)))
    }
    let best = BestMatches(limit: limit)
    matches.forEach(best.offer)
    let expected = matches.sorted { a, b in
      a.score != b.score ? a.score < b.score : a.rowid > b.rowid
    }
    #expect(best.ranked == Array(expected.prefix(limit)))
    #expect(best.count == 250)
  }

  @Test func docsizeRecordsAreSQLiteVarints() {
    #expect(RowSizes.total(ofVarints: Data([3, 0, 7])) == 10)
    #expect(RowSizes.total(ofVarints: Data([0x81, 0x00, 0x01])) == 129)
    #expect(RowSizes.total(ofVarints: Data([0x82, 0x80, 0x05, 0x7F])) == 32_773 + 127)
    #expect(RowSizes.total(ofVarints: Data()) == 0)
  }
}
