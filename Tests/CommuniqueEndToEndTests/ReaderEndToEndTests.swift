import CommuniqueCore
import CommuniqueTUI
import CommuniqueTestSupport
import Foundation
import Testing

/// The first characters of a text, enough to recognise it on a screen.
private func start(of text: String, _ length: Int = 20) -> String {
  String(text.prefix(length))
}

/// The built reader in a real terminal (tmux): what a person sees and types.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux est introuvable : tests de bout en bout ignorés"))
struct ReaderEndToEndTests {
  @Test func firstFrameShowsBothTitlesTheFirstReleaseAndItsContact() throws {
    let reader = try ReaderHarness(width: 160, height: 40)
    let (screen, ready) = reader.waitForFirstFrame()
    #expect(ready, "premier écran absent :\n\(screen)")
    for title in [SeedContent.seminarTitle, SeedContent.workshopTitle] {
      #expect(screen.contains(start(of: title)), "titre absent :\n\(screen)")
    }
    #expect(screen.contains(start(of: SeedContent.seminarOpening, 15)), "\(screen)")
    #expect(screen.contains(SeedContent.seminarContact.name), "\(screen)")
    #expect(screen.contains(SeedContent.seminarContact.phone), "\(screen)")
  }

  @Test func jThenEnterShowsTheOtherRelease() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    reader.session.send("j")
    reader.session.send("Enter")
    let (screen, shown) = reader.session.wait { $0.contains("│ 2/2") }
    #expect(shown, "position 2/2 absente :\n\(screen)")
    let readingTitle = screen.split(separator: "\n").first { $0.contains("┬ ") } ?? ""
    #expect(readingTitle.contains(start(of: SeedContent.workshopTitle, 15)))
  }

  @Test func searchHighlightsMatchesAndNMovesToTheNext() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    reader.session.send("Enter")
    reader.session.send("/")
    reader.session.type("migrants")
    reader.session.send("Enter")
    let total = SeedContent.seminarMigrants
    let (screen, found) = reader.session.wait { $0.contains("/migrants  1/\(total)") }
    #expect(found, "recherche sans résultat :\n\(screen)")
    let coloured = reader.session.capture(escapes: true)
    #expect(coloured.contains("\u{1B}[7m") || coloured.contains(";7m"), "pas de vidéo inverse")
    reader.session.send("n")
    #expect(reader.session.wait { $0.contains("/migrants  2/\(total)") }.satisfied)
  }

  @Test func questionMarkShowsHelpAndEscapeClosesIt() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    reader.session.send("?")
    #expect(
      reader.session.wait {
        $0.contains("Aide — touches") && $0.contains("chercher partout (liste)")
      }
      .satisfied)
    reader.session.send("Escape")
    #expect(reader.session.wait { !$0.contains("Aide — touches") }.satisfied)
  }

  @Test func resizingNeverCrashesAndRedraws() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    for (width, height) in [(80, 24), (40, 12), (1, 1), (160, 50)] {
      reader.session.resize(width: width, height: height)
      let (screen, redrawn) = reader.session.wait { screen in
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        if width < 20 { return !screen.contains("communique-exit=") }
        return lines.first?.hasPrefix("┌ Communiqués (2 · ") == true
          && lines.contains { $0.hasPrefix("└") && $0.count == width }
      }
      #expect(redrawn, "\(width)×\(height) :\n\(screen)")
      #expect(!screen.contains("communique-exit="), "le lecteur s’est arrêté à \(width)×\(height)")
    }
    let lines = reader.session.capture().split(separator: "\n")
    #expect(lines.count == 50)
    #expect(lines.first?.count == 160)
  }

  @Test func quoteLinesCarryOtherAttributesThanBodyText() throws {
    let reader = try ReaderHarness(width: 120, height: 100)
    reader.waitForFirstFrame()
    reader.session.send("Tab")
    let plainWords = start(of: SeedContent.seminarOpening, 12)
    let (screen, shown) = reader.session.wait(escapes: true) { $0.contains("«") }
    #expect(shown, "aucune citation à l’écran :\n\(screen)")
    let lines = screen.split(separator: "\n")
    let quoteLine = try #require(lines.first { $0.contains("«") })
    let bodyLine = try #require(lines.first { $0.contains(plainWords) })
    let quote = try #require(SGRState(in: quoteLine, before: "«"))
    let body = try #require(SGRState(in: bodyLine, before: plainWords))
    #expect(quote != body, "citation :\n\(quoteLine)\ncorps :\n\(bodyLine)")
    #expect(quote.isBold)
    #expect(!body.isBold)
  }

  @Test func escapeSequencesInAReleaseDoNotReachTheTerminal() throws {
    let sentence = "Les migrants vulnérables reçoivent une aide de l’OIM à Tripoli cette semaine."
    var body = ["Titre piégé \u{1B}[2J\u{1B}]52;c;cGlyYXRl\u{07} fin du titre", ""]
    for line in 0..<60 {
      let trap = ["\u{1B}[?1049l", "\u{9B}31m", "\u{202E}", "\u{1B}]52;c;cGlyYXRl\u{1B}\\"]
      body.append(line % 10 == 0 ? sentence + trap[line / 10 % trap.count] : sentence)
    }
    let reader = try ReaderHarness(
      extraFiles: ["002_piege.txt": Array(body.joined(separator: "\n").utf8)])
    #expect(reader.waitForFirstFrame().satisfied, "le fichier piégé a été rejeté par le chargeur")
    reader.session.send("G")
    reader.session.send("Tab")
    let (screen, shown) = reader.session.wait { $0.contains("│ 3/3") }
    #expect(shown, "\(screen)")
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first?.hasPrefix("┌ Communiqués (3 · ") == true)
    #expect(lines.contains { $0.hasPrefix("└") && $0.hasSuffix("┘") })
    #expect(screen.contains("Les migrants vulnérables"))
    #expect(reader.session.pasteBuffer() == nil, "une séquence OSC 52 a atteint le terminal")
    reader.session.send("q")
    #expect(reader.session.wait(for: "communique-exit=0").satisfied)
  }

  @Test func noColorGivesAttributesOnly() throws {
    let reader = try ReaderHarness(environment: ["NO_COLOR": "1"])
    reader.waitForFirstFrame()
    let screen = reader.session.capture(escapes: true)
    let colours = screen.split(separator: "\u{1B}").flatMap { sequence in
      sequence.dropFirst().prefix { $0 != "m" }.split(separator: ";")
    }.filter { ["30", "31", "32", "33", "34", "35", "36", "37", "38"].contains($0) }
    #expect(colours.isEmpty, "couleur malgré NO_COLOR : \(colours)")
    #expect(screen.contains("\u{1B}[7m") || screen.contains("\u{1B}[1m"))
  }

  @Test func qExitsWithStatusZeroAndLeavesTheShellUsable() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    reader.session.send("q")
    let (screen, exited) = reader.session.wait(for: "communique-exit=0")
    #expect(exited, "\(screen)")
    reader.session.type("echo $((6 * 7))")
    reader.session.send("Enter")
    #expect(reader.session.wait(for: "\n42").satisfied)
  }
}

extension ReaderEndToEndTests {
  @Test func aClickSelectsARowAndTheWheelScrolls() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    reader.session.sendMouse(button: 0, column: 3, row: 2)
    reader.session.sendMouse(button: 3, column: 3, row: 2)
    let (screen, selected) = reader.session.wait { $0.contains("│ 2/2") }
    #expect(selected, "\(screen)")
    let firstLine = { (screen: String) in
      screen.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
    }
    let before = firstLine(screen)
    reader.session.sendMouse(button: 65, column: 100, row: 5)
    #expect(reader.session.wait { firstLine($0) != before }.satisfied, "la molette n’a rien fait")
  }

  @Test func withoutASubcommandTheReaderOpensOnTheLibraryOfTheEnvironment() throws {
    let reader = try ReaderHarness(bare: true)
    let (screen, shown) = reader.waitForFirstFrame()
    #expect(shown, "\(screen)")
    #expect(screen.contains(start(of: SeedContent.seminarTitle)))
  }

  @Test func wideCharactersKeepEveryBorderInItsColumnInTmux() throws {
    let text = [
      "移民と難民 🌍 国际移民组织 : réunion à Genève 🇫🇷",
      "Genève - Lundi, l’OIM 🌏 et ses partenaires 東京 ont réuni 移民 et 難民 autour d’une table.",
      String(repeating: "国际移民组织 🚢 aide les migrants ✅ à 東京 et à Genève. ", count: 12),
    ].joined(separator: "\n\n")
    let reader = try ReaderHarness(extraFiles: ["002_large.txt": Array(text.utf8)])
    #expect(reader.waitForFirstFrame().satisfied)
    reader.session.send("G")
    let (screen, shown) = reader.session.wait { $0.contains("│ 3/3") && $0.contains("国际") }
    #expect(shown, "\(screen)")
    let lines = screen.split(separator: "\n")
    let columns = { (line: Substring) -> [Int] in
      var column = 0
      var found: [Int] = []
      for character in line {
        if character == "│" { found.append(column) }
        column += DisplayWidth.of(character)
      }
      return found
    }
    let expected = columns(lines[1])
    #expect(expected.count == 4)
    for line in lines.dropFirst().prefix(36) {
      #expect(columns(line) == expected, "\(line)")
    }
  }

  @Test func anEmptyFolderExplainsWhereReleasesGo() throws {
    let reader = try ReaderHarness(content: false)
    let (screen, shown) = reader.session.wait(for: "Aucun communiqué pour l’instant")
    #expect(shown, "\(screen)")
    #expect(screen.contains("Communiqués (0)"))
    #expect(screen.contains("Déposez-y les communiqués"))
    reader.session.send("q")
    #expect(reader.session.wait(for: "communique-exit=0").satisfied)
  }

  @Test func interruptRestoresTheTerminal() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    reader.session.send("C-c")
    let (screen, exited) = reader.session.wait(for: "communique-exit=130")
    #expect(exited, "\(screen)")
    #expect(!screen.contains("Communiqués (2"), "l’écran du lecteur est resté affiché")
    reader.session.type("echo $((6 * 7))")
    reader.session.send("Enter")
    #expect(reader.session.wait(for: "\n42").satisfied)
  }
}

/// The reader started where it cannot draw.
@Suite struct ReaderWithoutTerminalTests {
  @Test func withoutATerminalItPointsToListAndShowAndExitsWithTwo() {
    let result = Spawn.run(ReaderHarness.binary, ["browse", Fixtures.content.path])
    #expect(result.status == 2)
  }

  @Test func aMissingFolderIsAnErrorNamingIt() {
    let result = Spawn.run(ReaderHarness.binary, ["browse", "/nonexistent/communiques"])
    #expect(result.status == 1)
  }
}
