extension Model {
  /// `|`, the pager or the editor on the release being read: `|` opens the command prompt,
  /// the others hand the terminal over at once.
  mutating func handOver(_ action: Action) -> [Effect] {
    guard let release = currentRelease else {
      message = "Aucun communiqué ouvert\u{00A0}: choisissez-en un dans la liste."
      return []
    }
    switch action {
    case .pipe:
      pipePrompt = ""
      return []
    case .pager: return [.runProgram(ProgramRequest(kind: .pager, releaseID: release.id))]
    default: return [.runProgram(ProgramRequest(kind: .editor, releaseID: release.id))]
    }
  }

  /// A key typed in the `|` prompt: text, Backspace, Enter to run, Escape to cancel.
  mutating func editPipePrompt(_ prompt: String, with key: Key) -> [Effect] {
    switch key {
    case .character(let character): pipePrompt = prompt + String(character)
    case .backspace: pipePrompt = String(prompt.dropLast())
    case .escape: pipePrompt = nil
    case .enter:
      pipePrompt = nil
      let command = String(prompt.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
      guard !command.isEmpty, let release = currentRelease else { return [] }
      return [.runProgram(ProgramRequest(kind: .pipe(command: command), releaseID: release.id))]
    default: break
    }
    return []
  }
}
