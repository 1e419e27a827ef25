import CommuniqueTestSupport
import Foundation
import Testing

@testable import communique_bench

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The feed newsboat is timed on: well-formed XML holding every text release of a folder, with
/// what each file says escaped.
@Suite struct RSSFeedTests {
  @Test func markupQuotesAndControlCharactersAreEscapedOrLeftOut() {
    #expect(
      RSSFeed.escaped("« A & B » <b>\"x\"</b>\u{1}\u{7}\tfin\u{FFFE}")
        == "« A &amp; B » &lt;b&gt;&quot;x&quot;&lt;/b&gt;\tfin")
  }

  @Test func theFeedParsesWithAnItemPerTextFile() throws {
    let temporary = try TemporaryFolder()
    let library = temporary.file("library")
    try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
    let texts = [
      "a.txt": Data("Menu\nDes migrants & des réfugiés <accueillis>\n\nTexte.\n".utf8),
      "b.txt": Data("Court\n\nBref.\n".utf8),
      "c.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF, 0x00]),
    ]
    for (name, data) in texts {
      try data.write(to: URL(fileURLWithPath: (library as NSString).appendingPathComponent(name)))
    }
    let feed = temporary.file("feed.xml")
    #expect(try RSSFeed.write(folder: library, to: feed) == 2)
    let titles = try FeedTitles(contentsOf: feed)
    #expect(titles.values == ["library", "Des migrants & des réfugiés <accueillis>", "b.txt"])
  }
}

/// The `<title>` texts of a feed, read back with Foundation's XML parser.
private final class FeedTitles: NSObject, XMLParserDelegate {
  var values: [String] = []
  private var current: String?

  init(contentsOf path: String) throws {
    super.init()
    let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: path)))
    parser.delegate = self
    guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
  }

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if element == "title" { current = "" }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    current? += string
  }

  func parser(
    _ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    if element == "title", let current { values.append(current) }
    current = nil
  }
}
