import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Testing

/// `--version`, `show --format`, `config` and the shell completion, run as a user would.
@Suite struct UnixToolTests {
  static let seminarID = "38131b8efd6c3e08"

  @Test func versionIsPrintedAndNamedInHelp() throws {
    let version = try CommandRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    let help = try CommandRunner.run(["--help"])
    #expect(help.stdout.contains("Version " + version.stdout.dropLast() + "."))
  }

  @Test func showAsMarkdownOnTheSeeds() throws {
    let output = try CommandRunner.run(["show", Self.seminarID, "--format", "markdown"])
    #expect(output.status == 0, "\(output.stderr)")
    let blocks = output.stdout.components(separatedBy: "\n\n")
    #expect(blocks.first == "# Un séminaire pour débattre des aboutissements de Prometeo")
    #expect(blocks.contains { $0.hasPrefix("> «") && $0.contains("L'OIM apporte à cette initia") })
    #expect(
      blocks.contains {
        $0.hasSuffix(
          "> — Carmela Godeau, Directrice générale adjointe de l'OIM pour la région méditerranée")
      })
    #expect(blocks.contains("## Partenaires"))
    #expect(blocks.contains { $0.contains("- **WICS** — World Islamic Call Society") })
    #expect(blocks.contains("## Personnes"))
    let contacts = blocks.firstIndex(of: "## Contacts").map { blocks[$0 + 1] }
    #expect(
      contacts?.hasPrefix("- Laurence Hart, OIM Tripoli, +218 91 383 25 96, lhart@iom.int") == true)
    let workshop = try CommandRunner.run(["show", "a0f2599e", "--format", "markdown"])
    #expect(workshop.stdout.contains("\n\n*TRIPOLI · La semaine dernière*\n\n"))
  }

  @Test func showAsJSONIsTheRelease() throws {
    let output = try CommandRunner.run(["show", Self.seminarID, "--format", "json"])
    let release = try JSONDecoder().decode(Release.self, from: Data(output.stdout.utf8))
    #expect(release.id == Self.seminarID)
    #expect(release.contacts.first?.emails == ["lhart@iom.int"])
  }

  @Test func showAsTextIsTheDefault() throws {
    let text = try CommandRunner.run(["show", Self.seminarID, "--format", "text", "--width", "60"])
    let plain = try CommandRunner.run(["show", Self.seminarID, "--width", "60"])
    #expect(text.stdout == plain.stdout)
    #expect(text.stdout.hasPrefix("Un séminaire pour débattre des aboutissements de"))
  }
}

/// `communique config` and the configuration file read by every command.
@Suite struct ConfigCommandTests {
  func run(with file: String?, in existing: TemporaryFolder? = nil) throws -> (
    CommandRunner.Output, TemporaryFolder
  ) {
    let folder = try existing ?? TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.file("communique"), withIntermediateDirectories: true)
    if let file {
      try Data(file.utf8).write(to: URL(fileURLWithPath: folder.file("communique/config.toml")))
    }
    let output = try CommandRunner.run(["config"], environment: ["XDG_CONFIG_HOME": folder.path])
    return (output, folder)
  }

  @Test(arguments: [
    nil,
    "clipboard = \"tmux\"\nmeasure = 72\n[keys]\nquit = [\"Q\", \"x\"]\ndown = \"J\"\n"
      + "[colors]\nquote = \"bright-magenta\"\nstatus = 208\n",
  ])
  func itsOutputFedBackChangesNothing(file: String?) throws {
    let (first, folder) = try run(with: file)
    #expect(first.status == 0)
    #expect(first.stderr.isEmpty, "\(first.stderr)")
    #expect(first.stdout.contains("clipboard = "))
    let (second, _) = try run(with: first.stdout, in: folder)
    #expect(second.stderr.isEmpty, "\(second.stderr)")
    #expect(second.stdout == first.stdout)
    if file != nil {
      #expect(first.stdout.contains("\nquit = [\"Q\", \"x\"]\n"))
      #expect(first.stdout.contains("\nmeasure = 72\n"))
    }
  }

  @Test(arguments: [
    ("clipboard = \"tmux\"\nfond = 3\n", 2, "réglage «\u{00A0}fond\u{00A0}» inconnu"),
    ("[colors]\nquote = \"rouge\"\n", 2, "couleur \"rouge\" inconnue pour quote"),
    ("[keys]\nquit = \"x\"\nhelp = \"x\"\n", 3, "«\u{00A0}x\u{00A0}» est déjà donnée à quit"),
    ("measure = \n", 1, "TOML invalide"),
  ])
  func eachErrorIsOneLineWithFileAndLine(file: String, line: Int, message: String) throws {
    let (output, folder) = try run(with: file)
    #expect(output.status == 0)
    let lines = output.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(
      lines.first?.hasPrefix(
        "communique\u{00A0}: " + folder.file("communique/config.toml") + ", ligne \(line)\u{A0}: ")
        == true,
      "\(output.stderr)")
    #expect(output.stderr.contains(message), "\(output.stderr)")
  }

  @Test func theLibraryEntryIsTheDefaultFolder() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.file("communique"), withIntermediateDirectories: true)
    let content = Fixtures.projectRoot.appendingPathComponent("Content").path
    try Data("library = \"\(content)\"\n".utf8)
      .write(to: URL(fileURLWithPath: folder.file("communique/config.toml")))
    let output = try CommandRunner.run(
      ["list"], in: URL(fileURLWithPath: folder.path),
      environment: ["XDG_CONFIG_HOME": folder.path])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.split(separator: "\n").count == 2)
  }
}

/// The bash completion the program generates, run in bash.
@Suite(.enabled(if: Spawn.which("bash") != nil, "bash est introuvable\u{00A0}: test ignoré"))
struct CompletionTests {
  func complete(_ line: String) throws -> [String] {
    let script = try CommandRunner.run(["--generate-completion-script", "bash"]).stdout
    let folder = try TemporaryFolder()
    let file = folder.file("completion.bash")
    try Data(script.utf8).write(to: URL(fileURLWithPath: file))
    let words = line.split(separator: " ", omittingEmptySubsequences: false)
      .map { "'\($0)'" }.joined(separator: " ")
    let body = """
      source '\(file)'
      COMP_WORDS=('\(CommandRunner.executable.path)' \(words.split(separator: " ").dropFirst().joined(separator: " ")))
      COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
      COMP_LINE='\(line)'
      COMP_POINT=${#COMP_LINE}
      _communique "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let content = Fixtures.projectRoot.appendingPathComponent("Content").path
    let result = Spawn.run(
      "/usr/bin/env",
      [
        "COMMUNIQUE_LIBRARY=\(content)", "XDG_CACHE_HOME=\(folder.file("cache"))", "bash", "-c",
        body,
      ])
    return result.output.split(separator: "\n").map(String.init)
  }

  @Test func subcommandsAreCompleted() throws {
    #expect(try complete("communique sh") == ["show"])
  }

  @Test func showCompletesReleaseIDs() throws {
    #expect(try complete("communique show ") == ["38131b8efd6c3e08", "a0f2599ea541515b"])
    #expect(try complete("communique show a0") == ["a0f2599ea541515b"])
  }

  @Test func markCompletesEachReleaseID() throws {
    #expect(try complete("communique mark read 38") == ["38131b8efd6c3e08"])
    #expect(try complete("communique mark flag 38131b8efd6c3e08 a") == ["a0f2599ea541515b"])
  }
}
