import CommuniqueTestSupport
import Foundation
import Testing

/// `communique search` and `communique index` on `Content/`, with a temporary cache.
@Suite struct SearchCommandTests {
  private func run(_ arguments: [String], cache: TemporaryFolder) throws -> CommandRunner.Output {
    try CommandRunner.run(arguments, environment: ["XDG_CACHE_HOME": cache.path])
  }

  @Test func searchPrintsRankedResultsWithASnippet() throws {
    let cache = try TemporaryFolder()
    let output = try run(["search", "détention"], cache: cache)
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(
      lines[0].hasSuffix("L’OIM organise un atelier sur les alternatives à la détention en Libye"))
    #expect(lines[1].hasPrefix("    ") && lines[1].contains("détention"))
    #expect(output.stderr.contains("2 résultat(s)"))
    let cached = try FileManager.default.contentsOfDirectory(atPath: cache.file("communique"))
    #expect(cached.contains { $0.hasPrefix("Content-") && $0.hasSuffix(".sqlite") })
  }

  @Test func searchJSONWithALimit() throws {
    let cache = try TemporaryFolder()
    let output = try run(["search", "migrants", "--json", "--limit", "1"], cache: cache)
    #expect(output.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    #expect(object?["total"] as? Int == 2)
    let results = object?["results"] as? [[String: Any]]
    #expect(results?.count == 1)
    #expect(results?.first?.keys.sorted() == ["id", "path", "score", "snippet", "title"])
  }

  @Test func indexReportsCountsThenNothingNew() throws {
    let cache = try TemporaryFolder()
    let first = try run(["index"], cache: cache)
    #expect(first.status == 0)
    #expect(first.stdout.contains("2 communiqués indexés (2 fichiers)\u{00A0}: 2 nouveaux"))
    let second = try run(["index"], cache: cache)
    #expect(second.stdout.contains(": 0 nouveaux, 0 modifiés, 0 supprimés"))
  }

  @Test func aBadLimitOrAMissingFolderIsAClearError() throws {
    let cache = try TemporaryFolder()
    #expect(try run(["search", "oim", "--limit", "0"], cache: cache).status == 2)
    let missing = try run(["search", "oim", "/nonexistent/folder"], cache: cache)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("dossier introuvable"))
  }
}
