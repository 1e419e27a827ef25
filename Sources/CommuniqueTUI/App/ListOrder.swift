import CommuniqueCore

/// The order of the list; `o` goes from one to the next.
public enum ListOrder: CaseIterable, Equatable, Sendable {
  /// The library's order (file names).
  case library
  /// Titles, alphabetically (accents and case folded).
  case title
  /// Dateline places alphabetically, releases without a place last, then titles.
  case place

  /// The order after this one.
  public var next: ListOrder {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }

  /// How the status line names it.
  public var label: String {
    switch self {
    case .library: "dans l’ordre du dossier"
    case .title: "par titre"
    case .place: "par lieu"
    }
  }

  /// `summaries` in this order (a stable sort: ties keep the library's order).
  public func sorted(_ summaries: [ReleaseSummary]) -> [ReleaseSummary] {
    switch self {
    case .library:
      return summaries
    case .title:
      return sortedByKey(summaries) { [TextFolding.fold($0.title).lowercased()] }
    case .place:
      return sortedByKey(summaries) { summary in
        let place = summary.place.map { TextFolding.fold($0).lowercased() }
        return [
          place == nil ? "1" : "0", place ?? "", TextFolding.fold(summary.title).lowercased(),
        ]
      }
    }
  }

  private func sortedByKey(
    _ summaries: [ReleaseSummary], key: (ReleaseSummary) -> [String]
  ) -> [ReleaseSummary] {
    summaries.enumerated().map { (key: key($1), offset: $0, summary: $1) }
      .sorted { a, b in
        a.key == b.key ? a.offset < b.offset : a.key.lexicographicallyPrecedes(b.key)
      }
      .map(\.summary)
  }
}
