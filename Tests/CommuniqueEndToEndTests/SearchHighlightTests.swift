import CommuniqueCore
import CommuniqueIndex
import CommuniqueTUI
import CommuniqueTestSupport
import Foundation
import Testing

/// What a library search finds is what the reader highlights once the result is opened: the
/// index, the query, the snippet and the reader fold words the same way (`TextFolding`).
@Suite struct SearchHighlightTests {
  /// A release naming `œuvre`, `Straße` and `l’OIM` (curly apostrophe), and one naming none.
  static let files = [
    "001_vienne.txt": """
    Mise en œuvre du plan d’action à Vienne

    Vienne - Lundi, l’OIM a présenté la mise en œuvre de son plan d’action aux habitants \
    de la Mariahilfer Straße, avec ses partenaires autrichiens.
    """,
    "002_dakar.txt": """
    Un atelier sur la migration de travail à Dakar

    Dakar - Mardi, les partenaires sénégalais ont ouvert un atelier sur la migration de \
    travail et les droits des travailleurs.
    """,
  ]

  /// The reader's highlight of the opened result for `query`: the text of each match.
  func highlighted(_ query: String) throws -> (files: [String], snippet: String, texts: [String]) {
    let folder = try TemporaryFolder()
    let library = folder.file("library")
    try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
    for (name, text) in Self.files {
      try Data(text.utf8).write(
        to: URL(fileURLWithPath: (library as NSString).appendingPathComponent(name)))
    }
    let index = ReleaseIndex.open(folder: library, cacheFolder: folder.file("cache"))
    _ = try index.refresh()
    let results = try index.search(query)
    let hit = try #require(results.hits.first)
    let release = try #require(try index.release(id: hit.releaseID))
    let document = ReadingDocument(release: release)
    let search = SearchState(query: query, editing: false, needles: results.highlights)
    let texts = document.matches(for: search).map { match in
      String(document.blocks[match.block][match.glyphs].map(\.character))
    }
    let files = results.hits.map { ($0.path as NSString).lastPathComponent }
    return (files, hit.snippet, texts)
  }

  @Test(arguments: [
    ("oeuvre", ["œuvr", "œuvr"]),
    ("œuvre", ["œuvr", "œuvr"]),
    ("Strasse", ["Straß"]),
    ("straße", ["Straß"]),
    ("l'OIM", ["l’OIM"]),
    ("l’oim", ["l’OIM"]),
  ])
  func theReaderHighlightsWhatTheSearchFound(query: String, expected: [String]) throws {
    let (files, snippet, texts) = try highlighted(query)
    #expect(files == ["001_vienne.txt"])
    #expect(texts == expected)
    #expect(snippet.contains(expected[0]))
  }
}
