import CommuniqueCore

/// The directory over the whole screen: contacts or partners of the library, or the releases
/// of one of them, the selected row marked.
public struct DirectoryView: Sendable {
  /// What to show.
  public var state: DirectoryState

  /// Creates the view.
  public init(state: DirectoryState) {
    self.state = state
  }

  /// The border title: the list and its size, or the entry whose releases are listed.
  public var title: String { ControlPlaceholders.clean(rawTitle) }

  private var rawTitle: String {
    let partners = state.directory.partners
    let contacts = state.directory.contacts
    if let entry = state.opened {
      let count = state.releases(ofEntry: entry).count
      let releases = count == 1 ? "1 communiqué" : "\(count) communiqués"
      switch state.kind {
      case .partners where partners.indices.contains(entry):
        return Self.partnerName(partners[entry]) + " · " + releases
      case .contacts where contacts.indices.contains(entry):
        return contacts[entry].name + " · " + releases
      default:
        return releases
      }
    }
    switch state.kind {
    case .partners: return "Partenaires de tous les communiqués (\(partners.count))"
    case .contacts: return "Contacts de tous les communiqués (\(contacts.count))"
    }
  }

  /// The rows of the current level, fitted to `width` columns.
  public func rows(width: Int) -> [String] {
    if let entry = state.opened {
      return state.releases(ofEntry: entry).map { TextWrapper.pad("  " + $0.title, width: width) }
    }
    switch state.kind {
    case .partners:
      let acronyms = state.directory.partners.map { DisplayWidth.of($0.acronym ?? "") }
      let acronymWidth = min(10, acronyms.max() ?? 0)
      return state.directory.partners.map { partner in
        let count =
          String(repeating: " ", count: max(0, 3 - String(partner.count).count))
          + String(partner.count)
        let acronym = TextWrapper.pad(partner.acronym ?? "", width: acronymWidth)
        return TextWrapper.pad(" \(count)  \(acronym)  \(partner.name)", width: width)
      }
    case .contacts:
      return state.directory.contacts.map { contact in
        let count = contact.releases.count
        let suffix = count == 1 ? "  1 communiqué " : "  \(count) communiqués "
        let room = max(0, width - DisplayWidth.of(suffix))
        return TextWrapper.pad("  " + contact.contact.line, width: room) + suffix
      }
    }
  }

  /// Draws the visible rows into `area`; the selected one reversed with a `▶`.
  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let rows = self.rows(width: area.width)
    guard !rows.isEmpty else {
      grid.put("  Aucune entrée", column: area.x, row: area.y, style: .secondary, clip: area)
      return
    }
    let top = min(max(0, state.top), rows.count - 1)
    for (offset, index) in (top..<rows.count).prefix(area.height).enumerated() {
      var text = ControlPlaceholders.clean(rows[index])
      let selected = index == state.selected
      if selected { text = "▶" + text.dropFirst() }
      grid.put(
        text, column: area.x, row: area.y + offset, style: selected ? .selection : .plain,
        clip: area)
    }
  }

  private static func partnerName(_ partner: DirectoryPartner) -> String {
    guard let acronym = partner.acronym, acronym != partner.name else { return partner.name }
    return "\(acronym) — \(partner.name)"
  }
}
