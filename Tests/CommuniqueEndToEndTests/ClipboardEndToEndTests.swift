import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Foundation
import Testing

/// `y` and `Y` in the real reader, read back from tmux's paste buffer: once through
/// `tmux load-buffer`, once through OSC 52 (the session has `set-clipboard on`).
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux est introuvable : tests de bout en bout ignorés"))
struct ClipboardEndToEndTests {
  /// Starts the reader with `--clipboard backend`, focuses the side pane and selects the row
  /// showing `text`.
  func reader(_ backend: String, selecting text: String) throws -> ReaderHarness {
    let reader = try ReaderHarness(arguments: ["--clipboard", backend])
    reader.waitForFirstFrame()
    let content = SideContent(release: reader.releases.first)
    let entry = try #require(content.entries.firstIndex { content.rows[$0].text == text })
    reader.session.send("Tab")
    reader.session.send("Tab")
    reader.session.wait(for: "y copier")
    for _ in 0..<entry { reader.session.send("j") }
    let indent = String(repeating: " ", count: content.rows[content.entries[entry]].indent)
    #expect(reader.session.wait(for: "▶" + indent + text).satisfied)
    return reader
  }

  @Test(arguments: [("tmux", "tmux"), ("osc52", "OSC 52")])
  func yCopiesThePhoneThenTheEmail(backend: String, label: String) throws {
    let reader = try reader(backend, selecting: "+218 91 383 25 96")
    reader.session.send("y")
    let (screen, copied) = reader.session.wait(for: "Copié (\(label)) : +218 91 383 25 96")
    #expect(copied, "\(screen)")
    #expect(reader.session.pasteBuffer() == "+218 91 383 25 96")
    reader.session.send("j")
    reader.session.send("y")
    #expect(reader.session.wait(for: "Copié (\(label)) : lhart@iom.int").satisfied)
    #expect(reader.session.pasteBuffer() == "lhart@iom.int")
  }

  @Test(arguments: [("tmux", "tmux"), ("osc52", "OSC 52")])
  func capitalYCopiesTheContactAsAVCard(backend: String, label: String) throws {
    let reader = try reader(backend, selecting: "Laurence Hart, OIM Tripoli")
    reader.session.send("y")
    let line = "Laurence Hart, OIM Tripoli, +218 91 383 25 96, lhart@iom.int"
    #expect(reader.session.wait(for: "Copié (\(label)) : \(line)").satisfied)
    #expect(reader.session.pasteBuffer() == line)
    reader.session.send("Y")
    let (screen, copied) = reader.session.wait(for: "Copié (\(label)) : fiche vCard de Laurence")
    #expect(copied, "\(screen)")
    let cards = try VCardParser.parse(try #require(reader.session.pasteBuffer()))
    #expect(cards.count == 1)
    #expect(cards.first?.value("FN") == "Laurence Hart")
    #expect(cards.first?.value("TEL") == "tel:+218913832596")
    #expect(cards.first?.value("EMAIL") == "lhart@iom.int")
    #expect(cards.first?.value("NOTE") == reader.releases.first?.fullTitle)
  }

  @Test func withTheClipboardOffYSaysSoAndTheReaderGoesOn() throws {
    let reader = try reader("none", selecting: "lhart@iom.int")
    reader.session.send("y")
    let (screen, said) = reader.session.wait(for: "Copie impossible : le presse-papiers est désac")
    #expect(said, "\(screen)")
    #expect(reader.session.pasteBuffer() == nil)
    reader.session.send("j")
    reader.session.send("q")
    #expect(reader.session.wait(for: "communique-exit=0").satisfied)
  }

  @Test(.enabled(if: Spawn.which("wl-copy") == nil, "wl-copy est installé ici"))
  func aMissingToolIsNamedInTheStatusLine() throws {
    let reader = try reader("wl-copy", selecting: "lhart@iom.int")
    reader.session.send("y")
    let (screen, said) = reader.session.wait(for: "Copie impossible : wl-copy est introuvable")
    #expect(said, "\(screen)")
    #expect(reader.session.pasteBuffer() == nil)
  }
}

extension ClipboardEndToEndTests {
  @Test func theConfigurationFileChoosesTheClipboard() throws {
    let config = FileManager.default.temporaryDirectory
      .appendingPathComponent("communique-config-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(
      at: config.appendingPathComponent("communique"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: config) }
    try Data("# essai\nclipboard = none\n".utf8)
      .write(to: config.appendingPathComponent("communique/config"))
    let reader = try ReaderHarness(environment: ["XDG_CONFIG_HOME": config.path])
    reader.waitForFirstFrame()
    reader.session.send("Tab")
    reader.session.send("Tab")
    reader.session.send("y")
    let (screen, said) = reader.session.wait(for: "Copie impossible : le presse-papiers est désac")
    #expect(said, "\(screen)")
  }
}
