import CommuniqueTestSupport
import Foundation
import Testing

/// A library opened for the first time, without a cache, large enough that indexing it takes
/// a while: releases are listed, and searched, before the index is complete.
@Suite(
  .enabled(
    if: TmuxSession.isAvailable, "tmux est introuvable\u{00A0}: tests de bout en bout ignorés"))
struct FirstOpenEndToEndTests {
  /// Releases generated: one in 200 is binary junk, never listed.
  static let count = 1_500
  static let releases = count - count / 200

  /// The benchmark's corpus generator, next to the test bundle.
  static var bench: String {
    URL(fileURLWithPath: ReaderHarness.binary).deletingLastPathComponent()
      .appendingPathComponent("communique-bench").path
  }

  /// The count in the list's title (`Communiqués (350… · 350 non lus)`) and whether it is
  /// still growing, or nil when the title is not there.
  static func listed(on screen: String) -> (count: Int, growing: Bool)? {
    guard let title = screen.range(of: "Communiqués (") else { return nil }
    let digits = screen[title.upperBound...].prefix { $0.isNumber }
    guard let count = Int(digits) else { return nil }
    let after = screen[title.upperBound...].dropFirst(digits.count).first
    return (count, after == "…")
  }

  @Test func releasesAreListedAndSearchedWhileTheFirstIndexIsBuilt() throws {
    let reader = try ReaderHarness(content: false) { library in
      let generated = Spawn.run(
        Self.bench,
        ["generate", "--count", "\(Self.count)", "--seed", "1", "--out", library.path],
        capture: false)
      guard generated.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
    let (opening, started) = reader.session.wait(timeout: 60) {
      $0.contains("Communiqués (") && $0.contains("Index")
    }
    #expect(started, "\(opening)")
    #expect(!opening.contains("aucun fichier"), "\(opening)")

    let (during, listed) = reader.session.wait(timeout: 120) { screen in
      guard let list = Self.listed(on: screen) else { return false }
      return list.count > 0 && list.growing && screen.contains("Indexation\u{A0}: ")
    }
    #expect(listed, "pas de communiqué listé pendant l’indexation\u{00A0}: \(during)")
    #expect(!during.contains("aucun fichier"), "\(during)")
    #expect(during.contains("│▶"), "\(during)")

    reader.session.type("/OIM")
    let (results, searched) = reader.session.wait(timeout: 60) { screen in
      screen.contains("Résultats (") && !screen.contains("Résultats (0)")
    }
    #expect(searched, "\(results)")
    reader.session.send("Escape")

    let (end, complete) = reader.session.wait(timeout: 900) { screen in
      guard let list = Self.listed(on: screen) else { return false }
      return !list.growing && !screen.contains("Index") && list.count == Self.releases
    }
    #expect(complete, "\(end)")
    #expect(end.contains("Communiqués (\(Self.releases) · \(Self.releases) non lus)"), "\(end)")
  }
}
