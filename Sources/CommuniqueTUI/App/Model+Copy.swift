import CommuniqueCore

extension Model {
  /// Copies the selected side-pane entry's value (the whole contact on its name line).
  mutating func copySelection() -> [Effect] {
    guard let row = selectedSideRow, let text = row.copyText else {
      message = "Rien à copier\u{00A0}: choisissez une entrée dans le panneau latéral (Tab)."
      return []
    }
    return [.copy(text: text, summary: text)]
  }

  /// Copies the contact of the selected side-pane entry as a vCard 4.0.
  mutating func copyCard() -> [Effect] {
    guard let contact = selectedSideRow?.contact else {
      message =
        "Y copie une fiche de contact\u{00A0}: choisissez un contact dans le panneau latéral."
      return []
    }
    let card = VCardWriter.card(for: contact, note: currentRelease?.fullTitle)
    return [.copy(text: card, summary: "fiche vCard de \(contact.name)")]
  }

  /// The selected side-pane row, if the selection is on an entry.
  var selectedSideRow: SideRow? {
    let content = sideContent
    let entries = content.entries
    return entries.indices.contains(sideSelected) ? content.rows[entries[sideSelected]] : nil
  }
}
