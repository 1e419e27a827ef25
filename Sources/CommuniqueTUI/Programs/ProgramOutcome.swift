/// How another program ended, for the status line.
public struct ProgramOutcome: Equatable, Sendable {
  /// What was run.
  public var kind: ProgramRequest.Kind
  /// Its exit status (128 + the signal when killed); nil when it could not be started.
  public var status: Int32?
  /// The last non-empty line it printed (for `|`), if any.
  public var lastLine: String?
  /// Why it could not be started, in French.
  public var failure: String?

  /// Creates an outcome.
  public init(
    kind: ProgramRequest.Kind, status: Int32?, lastLine: String? = nil, failure: String? = nil
  ) {
    self.kind = kind
    self.status = status
    self.lastLine = lastLine
    self.failure = failure
  }

  /// The status line's message: what ran, its output or why it failed, its exit status.
  public var statusText: String? {
    let name: String
    switch kind {
    case .pipe(let command): name = "| " + command
    case .pager: name = "Pager"
    case .editor: name = "Éditeur"
    }
    if let failure { return name + " : " + failure }
    let code = status.map { "code \($0)" } ?? "code inconnu"
    switch kind {
    case .pipe:
      return name + " : " + (lastLine ?? "aucune sortie") + " (\(code))"
    case .pager:
      return status == 0 ? nil : name + " : \(code)"
    case .editor:
      return name + " fermé (\(code))\u{00A0}: c’était une copie, le communiqué n’a pas changé."
    }
  }
}
