import CommuniqueIndex
import CommuniqueTestSupport
import Foundation
import Testing

/// Searching the whole library from the list pane, in a real terminal (tmux).
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux est introuvable : tests de bout en bout ignorés"))
struct LibrarySearchEndToEndTests {
  @Test func slashPrometeoNarrowsEnterHighlightsEscapeRestores() throws {
    let reader = try ReaderHarness(width: 120, height: 40)
    let (first, ready) = reader.waitForFirstFrame()
    #expect(ready, "premier écran absent :\n\(first)")
    #expect(first.contains("Communiqués (2 · 2 non lus)"))
    reader.session.send("/")
    reader.session.type("prometeo")
    let (narrowed, found) = reader.session.wait { $0.contains("1 résultat(s)") }
    #expect(found, "pas de résultat :\n\(narrowed)")
    #expect(narrowed.contains("Résultats (1)"))
    let listColumn = narrowed.split(separator: "\n").map { String($0.prefix(26)) }
    #expect(!listColumn.contains { $0.contains("L’OIM organise") })
    #expect(listColumn.contains { $0.contains("Un séminaire") })
    reader.session.send("Enter")
    let (opened, highlighted) = reader.session.wait(escapes: true) { screen in
      screen.contains("/prometeo  1/")
    }
    #expect(highlighted, "pas de correspondance :\n\(opened)")
    let match = opened.split(separator: "\n").first { $0.contains("Prometeo") && $0.contains("7m") }
    #expect(match != nil, "Prometeo n’est pas en vidéo inverse :\n\(opened)")
    reader.session.send("Escape")
    let (restored, back) = reader.session.wait { $0.contains("Communiqués (2 · ") }
    #expect(back, "liste non restaurée :\n\(restored)")
    #expect(restored.contains("Un séminaire") && restored.contains("L’OIM organise"))
  }

  @Test func aCorruptCacheGivesAWarningAndAWorkingReader() throws {
    let cache = FileManager.default.temporaryDirectory
      .appendingPathComponent("communique-e2e-cache-\(UUID().uuidString.prefix(8))")
    defer { try? FileManager.default.removeItem(at: cache) }
    let folder = cache.appendingPathComponent("communique").path
    let reader = try ReaderHarness(environment: ["XDG_CACHE_HOME": cache.path]) { library in
      let database = try Self.indexedDatabase(of: library.path, in: folder)
      var random = SystemRandomNumberGenerator()
      let junk = (0..<32_768).map { _ in UInt8.random(in: 0...255, using: &random) }
      for suffix in ["-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: database + suffix)
      }
      try Data(junk).write(to: URL(fileURLWithPath: database))
    }
    let (screen, warned) = reader.session.wait { $0.contains("cache corrompu") }
    #expect(warned, "pas d’avertissement :\n\(screen)")
    reader.session.send("/")
    reader.session.type("detention")
    #expect(reader.session.wait { $0.contains("2 résultat(s)") }.satisfied)
  }

  /// Indexes `library` in `cacheFolder` and closes the database; returns its path.
  private static func indexedDatabase(of library: String, in cacheFolder: String) throws -> String {
    let index = ReleaseIndex.open(folder: library, cacheFolder: cacheFolder)
    _ = try index.refresh()
    return try #require(index.databasePath)
  }
}
