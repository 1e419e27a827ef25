import CommuniqueCore
import CommuniqueIndex
import Foundation

/// The releases of a library folder as one RSS 2.0 feed, for newsboat: an item per file that
/// reads as text (decoded as the parser decodes it; binary and empty files are left out, as the
/// index leaves them out), its title the file's first line of 20 characters or more (the menu
/// lines before the title are shorter), its description the whole
/// text, its guid the content hash (the release's id) and a date of its own.
enum RSSFeed {
  /// The date of the first item; each next one is an hour earlier.
  private static let newest = Date(timeIntervalSince1970: 1_767_225_600)

  /// Writes the feed of `folder`'s files to `path`, item by item (the whole feed is not held in
  /// memory), and returns the number of items.
  static func write(folder: String, to path: String) throws -> Int {
    let files = try LibraryFolder.releaseFiles(in: folder)
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let output = FileHandle(forWritingAtPath: path)
    else {
      throw ChildProcess.Failure(description: "\(path)\u{00A0}: impossible d’écrire le flux")
    }
    defer { try? output.close() }
    output.write(Data(header(title: (folder as NSString).lastPathComponent).utf8))
    let dates = dateFormatter()
    var items = 0
    for file in files {
      guard let contents = FileManager.default.contents(atPath: file) else { continue }
      let bytes = [UInt8](contents)
      let decoded = TextDecoder.decode(bytes)
      guard !decoded.isBinary, !decoded.text.allSatisfy(\.isWhitespace) else { continue }
      let date = dates.string(from: newest.addingTimeInterval(-3_600 * Double(items)))
      output.write(
        Data(
          item(
            text: decoded.text, fallbackTitle: (file as NSString).lastPathComponent,
            guid: ContentHash.hex(of: bytes), date: date
          ).utf8))
      items += 1
    }
    output.write(Data("</channel>\n</rss>\n".utf8))
    return items
  }

  /// The feed's start, up to its first item.
  static func header(title: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0">
    <channel>
    <title>\(escaped(title))</title>
    <link>https://www.iom.int/fr</link>
    <description>Communiqués de presse</description>

    """
  }

  /// One item.
  static func item(text: String, fallbackTitle: String, guid: String, date: String) -> String {
    let firstLine = text.split(whereSeparator: \.isNewline).lazy
      .map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.count >= 20 }
    return """
      <item>
      <title>\(escaped(firstLine ?? fallbackTitle))</title>
      <description>\(escaped(text))</description>
      <guid isPermaLink="false">\(escaped(guid))</guid>
      <pubDate>\(date)</pubDate>
      </item>

      """
  }

  /// `text` as XML character data: `&`, `<`, `>` and quotes escaped, and the characters
  /// XML 1.0 does not allow at all (control characters other than tab and line breaks,
  /// U+FFFE and U+FFFF) left out; the runs in between copied whole.
  static func escaped(_ text: String) -> String {
    let utf8 = Array(text.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(utf8.count + utf8.count / 16)
    var start = 0
    var offset = 0
    while offset < utf8.count {
      let byte = utf8[offset]
      let replacement: String?
      var length = 1
      switch byte {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): replacement = nil
      case 0..<0x20: replacement = ""
      case 0xEF
      where offset + 2 < utf8.count && utf8[offset + 1] == 0xBF
        && (utf8[offset + 2] == 0xBE || utf8[offset + 2] == 0xBF):
        replacement = ""
        length = 3
      default: replacement = nil
      }
      if let replacement {
        result.append(contentsOf: utf8[start..<offset])
        result.append(contentsOf: replacement.utf8)
        start = offset + length
      }
      offset += length
    }
    result.append(contentsOf: utf8[start...])
    return String(decoding: result, as: UTF8.self)
  }

  /// Dates as RSS 2.0 writes them (RFC 822, in English, GMT).
  static func dateFormatter() -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
    return formatter
  }
}
