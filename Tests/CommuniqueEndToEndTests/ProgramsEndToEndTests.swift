import CommuniqueTestSupport
import Foundation
import Testing

/// `|`, the pager and the editor in the real reader: the terminal handed over and taken back,
/// the library never touched.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux est introuvable : tests de bout en bout ignorés"))
struct ProgramsEndToEndTests {
  /// Every file of the library with its bytes.
  static func snapshot(_ library: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: library.path) {
      files[name] = try Data(contentsOf: library.appendingPathComponent(name))
    }
    return files
  }

  /// Whether the reader's frame is back: the list (nothing opened, so nothing read), the
  /// release and the status line.
  static func isIntact(_ screen: String) -> Bool {
    screen.contains("Communiqués (2 · 2 non lus)") && screen.contains(SeedContent.seminarOpening)
      && screen.contains("? aide  q quitter")
  }

  @Test func pipingToWcShowsTheWordCountAndTheReaderComesBack() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    let before = try Self.snapshot(reader.library)
    let shown = try CommandRunner.run(["show", "38131b8efd6c3e08", "--width", "80"])
    let words = shown.stdout.split(whereSeparator: \.isWhitespace).count
    reader.session.send("|")
    reader.session.wait(for: "Commande |")
    reader.session.type("wc -w")
    reader.session.send("Enter")
    let (screen, said) = reader.session.wait { $0.contains("| wc -w : \(words) (code 0)") }
    #expect(said, "\(screen)")
    #expect(Self.isIntact(screen), "\(screen)")
    reader.session.send("j")
    #expect(reader.session.wait(for: "▶• L’OIM organise un at").satisfied)
    #expect(try Self.snapshot(reader.library) == before)
  }

  @Test func thePagerReturnsToTheReader() throws {
    let reader = try ReaderHarness(environment: ["PAGER": "cat"])
    reader.waitForFirstFrame()
    let before = try Self.snapshot(reader.library)
    reader.session.send("v")
    let (screen, back) = reader.session.wait { Self.isIntact($0) }
    #expect(back, "\(screen)")
    reader.session.send("q")
    let (end, quit) = reader.session.wait(for: "communique-exit=0")
    #expect(quit, "\(end)")
    #expect(try Self.snapshot(reader.library) == before)
  }

  @Test func theEditorOpensATemporaryCopy() throws {
    let folder = try TemporaryFolder()
    let seen = folder.file("vu.txt")
    let editor = folder.file("editeur.sh")
    try Data("#!/bin/sh\ncp \"$1\" '\(seen)'\necho modifié >> \"$1\"\n".utf8)
      .write(to: URL(fileURLWithPath: editor))
    chmod(editor, 0o755)
    let reader = try ReaderHarness(environment: ["EDITOR": editor, "VISUAL": ""])
    reader.waitForFirstFrame()
    let before = try Self.snapshot(reader.library)
    reader.session.send("e")
    let (screen, said) = reader.session.wait { $0.contains("Éditeur fermé (code 0)") }
    #expect(said, "\(screen)")
    #expect(Self.isIntact(screen), "\(screen)")
    let copy = try String(contentsOfFile: seen, encoding: .utf8)
    #expect(copy.hasPrefix("Un séminaire pour débattre"))
    #expect(try Self.snapshot(reader.library) == before)
  }

  @Test func aRebindingFromTheConfigurationIsShownInTheHelp() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.file("communique"), withIntermediateDirectories: true)
    try Data("[keys]\nquit = \"Q\"\nhelp = [\"?\", \"F\"]\n".utf8)
      .write(to: URL(fileURLWithPath: folder.file("communique/config.toml")))
    let reader = try ReaderHarness(environment: ["XDG_CONFIG_HOME": folder.path])
    reader.waitForFirstFrame()
    reader.session.send("F")
    let (screen, shown) = reader.session.wait {
      $0.contains("Aide — touches")
        && $0.range(of: #"Q +quitter"#, options: .regularExpression) != nil
    }
    #expect(shown, "\(screen)")
    #expect(screen.contains("? F"))
    reader.session.send("Escape")
    reader.session.send("Q")
    #expect(reader.session.wait(for: "communique-exit=0").satisfied)
  }
}
