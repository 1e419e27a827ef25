import CommuniqueTUI
import Foundation

/// Runs `|`, the pager and the editor on a release's text, through `/bin/sh` as neomutt and
/// git do, while the reader has handed the terminal over (`Terminal.suspend`).
///
/// The text goes to a private temporary folder, deleted afterwards: `|` and the pager read it
/// on their standard input, the editor opens that copy, never the library's file. What `|`
/// prints is kept for the status line; the pager and the editor draw on the terminal.
public enum ExternalProgram {
  /// Runs the program of `kind` on `text` (`name` names the temporary file); how it ended.
  public static func run(
    _ kind: ProgramRequest.Kind, text: String, name: String, environment: [String: String]
  ) -> ProgramOutcome {
    guard let folder = temporaryFolder() else {
      return ProgramOutcome(kind: kind, status: nil, failure: "dossier temporaire impossible.")
    }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/" + name + ".txt"
    guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8)) else {
      return ProgramOutcome(kind: kind, status: nil, failure: "copie temporaire impossible.")
    }
    switch kind {
    case .pipe(let command): return pipe(command, file: file, folder: folder)
    case .pager:
      let pager = nonEmpty(environment["PAGER"]) ?? "less"
      return shell(kind, script: pager, arguments: [], input: file)
    case .editor:
      let editor = nonEmpty(environment["VISUAL"]) ?? nonEmpty(environment["EDITOR"]) ?? "vi"
      return shell(kind, script: editor + " \"$1\"", arguments: [file], input: nil)
    }
  }

  private static func pipe(_ command: String, file: String, folder: String) -> ProgramOutcome {
    let kind = ProgramRequest.Kind.pipe(command: command)
    let outputPath = folder + "/sortie"
    let output = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard output >= 0 else {
      return ProgramOutcome(kind: kind, status: nil, failure: "sortie temporaire impossible.")
    }
    var outcome = shell(kind, script: command, arguments: [], input: file, output: output)
    close(output)
    let printed = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    outcome.lastLine = printed.split(whereSeparator: \.isNewline)
      .last { !$0.allSatisfy(\.isWhitespace) }
      .map { String($0.prefix(300)) }
    return outcome
  }

  /// `sh -c script sh arguments…`, standard input from `input` (or the terminal), output to
  /// `output` (or the terminal).
  private static func shell(
    _ kind: ProgramRequest.Kind, script: String, arguments: [String], input: String?,
    output: Int32? = nil
  ) -> ProgramOutcome {
    var inputDescriptor: Int32?
    if let input {
      inputDescriptor = open(input, O_RDONLY | O_CLOEXEC)
      guard inputDescriptor ?? -1 >= 0 else {
        return ProgramOutcome(kind: kind, status: nil, failure: "copie temporaire illisible.")
      }
    }
    defer { if let inputDescriptor { close(inputDescriptor) } }
    let destination: ProgramLauncher.Stream = output.map { .descriptor($0) } ?? .inherited
    guard
      let pid = ProgramLauncher.spawn(
        "/bin/sh", ["sh", "-c", script, "sh"] + arguments,
        input: inputDescriptor.map { .descriptor($0) } ?? .inherited, output: destination,
        error: destination)
    else {
      return ProgramOutcome(kind: kind, status: nil, failure: "impossible de lancer /bin/sh.")
    }
    return ProgramOutcome(kind: kind, status: ProgramLauncher.wait(for: pid))
  }

  private static func temporaryFolder() -> String? {
    var template = Array((NSTemporaryDirectory() + "/communique-XXXXXX").utf8CString)
    guard mkdtemp(&template) != nil else { return nil }
    return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.allSatisfy(\.isWhitespace) else { return nil }
    return value
  }
}
