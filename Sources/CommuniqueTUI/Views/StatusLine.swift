/// The status line: position, search, transient message on the left; key hints on the right.
public struct StatusLine: Sendable {
  /// The model to show.
  public var model: Model

  /// Creates the view.
  public init(model: Model) {
    self.model = model
  }

  /// The left part: `1/2`, then the search or the message.
  public var leftText: String {
    var parts: [String] = []
    if let state = model.directoryView {
      if state.rowCount > 0 { parts.append("\(state.selected + 1)/\(state.rowCount)") }
    } else if !model.summaries.isEmpty {
      parts.append("\(model.selected + 1)/\(model.summaries.count)")
    }
    if let library = model.librarySearch {
      let provisional = library.isExact ? "" : " (classement provisoire)"
      let count =
        library.query.allSatisfy(\.isWhitespace)
        ? "" : "  \(library.total) résultat(s)" + provisional
      parts.append(
        (library.editing
          ? "Tous\u{00A0}: " + library.query + "▏" : "Tous\u{00A0}: " + library.query) + count)
    }
    if let search = model.search, model.librarySearch?.editing != true {
      if search.editing {
        parts.append("Recherche\u{00A0}: " + search.query + "▏")
      } else if search.matches.isEmpty {
        parts.append("/" + search.query + "  aucun résultat")
      } else {
        parts.append("/\(search.query)  \(search.current + 1)/\(search.matches.count)")
      }
    }
    if model.order != .library { parts.append("Liste " + model.order.label) }
    if let prompt = model.pipePrompt { parts.append("Commande | " + prompt + "▏") }
    if let message = model.message { parts.append(message) }
    if let confirmation = model.confirmation { parts.append(confirmation.question) }
    if model.pendingDirectory != nil { parts.append("Annuaire…") }
    if let status = model.indexStatus { parts.append(status) }
    return ControlPlaceholders.clean(parts.joined(separator: "  "))
  }

  /// The right part: key hints for the situation.
  public var hints: String {
    if model.confirmation != nil { return "o oui  n non" }
    if model.pipePrompt != nil { return "Entrée lancer  Échap annuler" }
    if model.search?.editing == true || model.librarySearch?.editing == true {
      return "Entrée chercher  Échap annuler"
    }
    if let state = model.directoryView {
      let copy = state.kind == .contacts ? "y copier  Y vCard" : "y copier"
      return "Entrée ouvrir  Échap retour  \(copy)  \(key(.help)) aide  \(key(.quit)) quitter"
    }
    var hints = ["\(key(.help)) aide", "\(key(.quit)) quitter"]
    if model.layout.panes.count == 1, model.focus != .list { hints.insert("h retour", at: 0) }
    if model.zoomed { hints.insert("\(key(.zoom)) revenir", at: 0) }
    if model.focus == .side { hints.insert("y copier", at: 0) }
    return hints.joined(separator: "  ")
  }

  /// How the hints name an action's first key in the key map in effect.
  private func key(_ action: Action) -> String {
    model.keyMap.keys(for: action).first.map(KeyName.label(of:)) ?? "—"
  }

  /// Draws the line into `area` (its first row).
  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
    grid.fill(row, style: .plain)
    let left = " " + leftText
    let hints = self.hints + " "
    let room = area.width - DisplayWidth.of(left) - 2
    if room >= DisplayWidth.of(hints) {
      grid.put(hints, column: row.maxX - DisplayWidth.of(hints), row: row.y, style: .secondary)
    }
    grid.put(
      TextWrapper.truncate(left, width: area.width), column: row.x, row: row.y, style: .status,
      clip: row)
  }
}
