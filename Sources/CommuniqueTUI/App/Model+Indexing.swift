import CommuniqueCore

extension Model {
  /// The status line's word on a refresh that has examined `done` of the `total` files it
  /// reads: `Indexation : 1 200 / 10 000` (`Index…` before it knows how many).
  static func indexStatus(done: Int, total: Int) -> String {
    guard total > 0 else { return "Index…" }
    return "Indexation\u{A0}: \(FrenchNumber.format(done)) / \(FrenchNumber.format(total))"
  }

  /// Whether the list is the library as indexed so far, a refresh still adding to it.
  public var isListGrowing: Bool { listBeforeRefresh != nil }

  /// The library as indexed so far, while a refresh goes on: listed, the selected release on
  /// its row; the list as it was before is kept, for the count of what the refresh changed.
  mutating func grow(_ library: [ReleaseSummary]) {
    if listBeforeRefresh == nil { listBeforeRefresh = allSummaries }
    list(library)
  }
}
