import CommuniqueTestSupport
import Testing

/// The directory in the real reader: `P` and `c` open it, Enter goes down to a release.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux est introuvable : tests de bout en bout ignorés"))
struct DirectoryEndToEndTests {
  @Test func aPartnersReleaseOpensInTheReader() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    reader.session.send("P")
    let (screen, shown) = reader.session.wait { screen in
      screen.contains("Partenaires de tous les communiqués") && screen.contains("▶  2  OIM")
    }
    #expect(shown, "\(screen)")
    reader.session.send("Enter")
    #expect(
      reader.session.wait(for: "OIM — Organisation internationale pour les migrations · 2")
        .satisfied)
    reader.session.send("j")
    reader.session.send("Enter")
    let (opened, back) = reader.session.wait { $0.contains("│ 2/2") && $0.contains("Fiche") }
    #expect(back, "\(opened)")
  }

  @Test func cListsTheThreeContactsAndEscapeReturns() throws {
    let reader = try ReaderHarness()
    reader.waitForFirstFrame()
    reader.session.send("c")
    let names = ["Laurence Hart", "Flavio Di Giacomo", "Maya Abu Ata"]
    let (screen, shown) = reader.session.wait { screen in
      screen.contains("Contacts de tous les communiqués (3)") && names.allSatisfy(screen.contains)
    }
    #expect(shown, "\(screen)")
    reader.session.send("Escape")
    #expect(reader.session.wait(for: "Communiqués (2 · ").satisfied)
  }
}
