import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Foundation
import Testing

/// `y` and `Y` in the real reader, read back from tmux's paste buffer: once through
/// `tmux load-buffer`, once through OSC 52 (the session has `set-clipboard on`).
@Suite(
  .serialized,
  .enabled(
    if: TmuxSession.isAvailable, "tmux est introuvable\u{00A0}: tests de bout en bout ignorés"))
struct ClipboardEndToEndTests {
  /// Starts the reader with `--clipboard backend`, focuses the side pane and moves down with
  /// `j` until the selected row shows `text`.
  func reader(_ backend: String, selecting text: String) throws -> ReaderHarness {
    let reader = try ReaderHarness(arguments: ["--clipboard", backend])
    reader.waitForFirstFrame()
    reader.session.send("Tab")
    reader.session.send("Tab")
    var screen = reader.session.wait(for: "y copier").screen
    var moves = 0
    while !Self.selections(on: screen).contains(text) && moves < 40 {
      let before = Self.selections(on: screen)
      reader.session.send("j")
      moves += 1
      let moved = reader.session.wait(timeout: 3) { Self.selections(on: $0) != before }
      screen = moved.screen
      if !moved.satisfied { break }
    }
    #expect(Self.selections(on: screen).contains(text), "\(screen)")
    return reader
  }

  /// The text of every selected row on the screen (after a `▶`, up to the pane's border).
  static func selections(on screen: String) -> [String] {
    screen.split(separator: "\n").flatMap { line in
      line.split(separator: "▶", omittingEmptySubsequences: false).dropFirst().map {
        $0.prefix { $0 != "│" }.trimmingCharacters(in: .whitespaces)
      }
    }
  }

  @Test(arguments: [("tmux", "tmux"), ("osc52", "OSC 52")])
  func yCopiesThePhoneThenTheEmail(backend: String, label: String) throws {
    let contact = SeedContent.seminarContact
    let reader = try reader(backend, selecting: contact.phone)
    reader.session.send("y")
    let (screen, copied) = reader.session.wait(for: "Copié (\(label))\u{00A0}: \(contact.phone)")
    #expect(copied, "\(screen)")
    #expect(reader.session.pasteBuffer() == contact.phone)
    reader.session.send("j")
    reader.session.send("y")
    #expect(reader.session.wait(for: "Copié (\(label))\u{00A0}: \(contact.email)").satisfied)
    #expect(reader.session.pasteBuffer() == contact.email)
  }

  @Test(arguments: [("tmux", "tmux"), ("osc52", "OSC 52")])
  func capitalYCopiesTheContactAsAVCard(backend: String, label: String) throws {
    let reader = try reader(backend, selecting: "Laurence Hart, OIM Tripoli")
    reader.session.send("y")
    let line = "Laurence Hart, OIM Tripoli, +218 91 383 25 96, lhart@iom.int"
    #expect(reader.session.wait(for: "Copié (\(label))\u{00A0}: \(line)").satisfied)
    #expect(reader.session.pasteBuffer() == line)
    reader.session.send("Y")
    let (screen, copied) = reader.session.wait(
      for: "Copié (\(label))\u{00A0}: fiche vCard de Laurence")
    #expect(copied, "\(screen)")
    let cards = try VCardParser.parse(try #require(reader.session.pasteBuffer()))
    #expect(cards.count == 1)
    #expect(cards.first?.value("FN") == "Laurence Hart")
    #expect(cards.first?.value("TEL") == "tel:+218913832596")
    #expect(cards.first?.value("EMAIL") == "lhart@iom.int")
    #expect(cards.first?.value("NOTE") == SeedContent.seminarTitle)
  }

  @Test func withTheClipboardOffYSaysSoAndTheReaderGoesOn() throws {
    let reader = try reader("none", selecting: "lhart@iom.int")
    reader.session.send("y")
    let (screen, said) = reader.session.wait(
      for: "Copie impossible\u{00A0}: le presse-papiers est désac")
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
    let (screen, said) = reader.session.wait(
      for: "Copie impossible\u{00A0}: wl-copy est introuvable")
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
    let (screen, said) = reader.session.wait(
      for: "Copie impossible\u{00A0}: le presse-papiers est désac")
    #expect(said, "\(screen)")
  }
}
