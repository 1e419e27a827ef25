import Foundation

@testable import CommuniqueCore

/// The organisation stage's small readers as they were before the eighth pass took shortcuts
/// on their bytes: trimming by scalars, the last occurrence from the list of all, the
/// programme word as a `String` in a `Set`, splits into every part, stop words in `Set`s,
/// every descriptor head tried, and the list's comma sought a byte at a time.
enum OrganisationShortcutsOracle {
  /// `trimmingWhiteSpace()`: scalars walked, characters when an end is a mark's neighbour.
  static func trimmingWhiteSpace(_ text: Substring) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    guard scalars[first].value < 0x300, scalars[last].value < 0x300 else {
      guard let first = text.firstIndex(where: { !$0.isWhitespace }),
        let last = text.lastIndex(where: { !$0.isWhitespace })
      else { return "" }
      return String(text[first...last])
    }
    return String(text[first...last])
  }

  /// `range(ofText:backwards: true)`: every occurrence listed, the last kept.
  static func lastRange(of needle: String, in text: Substring) -> Range<String.Index>? {
    guard let offset = text.utf8Offsets(of: needle).last else { return nil }
    let start = text.utf8.index(text.startIndex, offsetBy: offset)
    return start..<text.utf8.index(start, offsetBy: needle.utf8.count)
  }

  private static let programmeWords: Set<String> = [
    "projet", "programme", "initiative", "conjointe", "campagne", "plan", "fonds",
  ]

  /// `OrganisationExtractor.namesProgramme`: the word before the compound, bit 5 set in each
  /// byte, decoded and looked up as a `String`.
  static func namesProgramme(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    let isSpace = { (byte: UInt8) in
      byte == UInt8(ascii: " ") || byte == 0xC2 || byte == 0xA0 || byte == UInt8(ascii: "\n")
    }
    var end = bytes.count
    while end > 0, !isSpace(bytes[end - 1]) { end -= 1 }
    while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
    var start = end
    while start > 0, end - start <= 10, !isSpace(bytes[start - 1]) { start -= 1 }
    let word = String(decoding: bytes[start..<end].map { $0 | 0x20 }, as: UTF8.self)
    return programmeWords.contains(word)
  }

  /// `OrganisationExtractor.isAcronymCompound`, the name split into all its parts.
  static func isAcronymCompound(_ name: String) -> Bool {
    guard name.utf8.contains(UInt8(ascii: "-")),
      let head = name.split(separator: "-").first, head.count >= 2, name.containsText("-")
    else { return false }
    return head.allSatisfy(\.isUppercase)
  }

  /// `OrganisationExtractor.continuesTitle`: the prefixes compared on the `UTF8View`.
  static func continuesTitle(_ text: Substring) -> Bool {
    for prefix in [" pour ", " aux "] where text.utf8.starts(with: prefix.utf8) {
      let after = text.utf8.dropFirst(prefix.utf8.count).first
      if after.map({ $0 < 0x80 }) ?? true || text.hasPrefix(prefix) { return true }
    }
    return false
  }

  /// `KnownOrganisations.notOrganisations`: its lines split by characters.
  static var notOrganisations: Set<String> {
    Set(KnownOrganisations.notOrganisationLines.split(separator: "\n").map(String.init))
  }

  /// `AcronymStopWords.contains`: the two `Set<String>` asked.
  static func isStopWord(_ token: String) -> Bool {
    Gazetteer.notOrganisations.contains(token)
      || PersonWords.honorifics.contains(LatinLowercase.of(token))
  }

  /// `OrganisationExtractor.opensWithDescriptorHead`, every head tried.
  static func opensWithDescriptorHead(_ name: String) -> Bool {
    let heads = ["Agence", "Organisation", "organisme", "Organisme", "institution"]
    let utf8 = name.utf8
    var ascii = true
    let matches = heads.contains { head in
      guard utf8.starts(with: head.utf8) else { return false }
      let rest = utf8.dropFirst(head.utf8.count)
      guard let next = rest.first else { return true }
      guard next == UInt8(ascii: " ") else { return false }
      if let after = rest.dropFirst().first, after >= 0x80 { ascii = false }
      return true
    }
    return ascii ? matches : heads.contains(String(name.prefix { $0 != " " }))
  }

  /// `OrganisationExtractor.isInList`: back from `index` a byte at a time, at most 300
  /// characters, a comma before the end of the previous clause.
  static func isInList(_ paragraph: String, at index: String.Index) -> Bool {
    let bytes = Array(paragraph.utf8[..<index])
    var position = bytes.count
    var characters = 0
    while position > 0 && characters < 300 {
      position -= 1
      switch bytes[position] {
      case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
        UInt8(ascii: "?"):
        return false
      case UInt8(ascii: ","): return true
      default: if bytes[position] & 0xC0 != 0x80 { characters += 1 }
      }
    }
    return false
  }

  /// `OrganisationFilter.isRole`, the name split into all its words.
  static func isRole(_ name: String) -> Bool {
    guard let first = name.split(separator: " ").first else { return false }
    return PersonWords.roles.contains(LatinLowercase.of(String(first)))
  }
}
