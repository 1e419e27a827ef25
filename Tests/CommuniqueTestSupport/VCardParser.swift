/// A strict little vCard 4.0 reader for tests: checks CRLF endings, line lengths, unfolds,
/// unescapes, and checks each card's mandatory properties.
public enum VCardParser {
  /// One property of a card.
  public struct Property: Equatable, Sendable {
    /// The property name, upper case (`TEL`).
    public var name: String
    /// The parameters as written (`TYPE=work`, `VALUE=uri`).
    public var parameters: [String]
    /// The value, unescaped for text properties.
    public var value: String
  }

  /// One card.
  public struct Card: Equatable, Sendable {
    /// The properties between BEGIN and END, in order.
    public var properties: [Property]

    /// The values of every property with this name.
    public func values(_ name: String) -> [String] {
      properties.filter { $0.name == name }.map(\.value)
    }

    /// The value of the first property with this name.
    public func value(_ name: String) -> String? { values(name).first }
  }

  /// What is wrong with a text that should be vCards.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    /// The explanation.
    public var description: String
  }

  private static let uriProperties: Set<String> = ["TEL", "URL", "PHOTO", "SOURCE"]

  /// The cards of `text`.
  /// - Throws: `Failure` on a bare LF, a physical line over 75 octets, a malformed line, a
  ///   card without `VERSION:4.0` or `FN`, or an unclosed card.
  public static func parse(_ text: String) throws -> [Card] {
    guard text.hasSuffix("\r\n") else { throw Failure(description: "pas de CRLF final") }
    var physical = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { Array($0) }
    physical.removeLast()
    var logical: [String] = []
    for bytes in physical {
      guard bytes.last == UInt8(ascii: "\r") else { throw Failure(description: "LF sans CR") }
      let line = bytes.dropLast()
      guard line.count <= 75 else { throw Failure(description: "ligne de \(line.count) octets") }
      guard let decoded = String(validating: line, as: UTF8.self) else {
        throw Failure(description: "UTF-8 coupé par le pliage")
      }
      if decoded.hasPrefix(" ") || decoded.hasPrefix("\t") {
        guard !logical.isEmpty else { throw Failure(description: "pli sans ligne") }
        logical[logical.count - 1] += decoded.dropFirst()
      } else {
        logical.append(decoded)
      }
    }
    var cards: [Card] = []
    var current: [Property]?
    for line in logical {
      let property = try parseLine(line)
      switch (property.name, property.value.uppercased()) {
      case ("BEGIN", "VCARD"):
        guard current == nil else { throw Failure(description: "BEGIN imbriqué") }
        current = []
      case ("END", "VCARD"):
        guard let properties = current else { throw Failure(description: "END sans BEGIN") }
        let card = Card(properties: properties)
        guard card.properties.first == Property(name: "VERSION", parameters: [], value: "4.0")
        else { throw Failure(description: "VERSION:4.0 doit suivre BEGIN") }
        guard card.value("FN") != nil else { throw Failure(description: "FN manquant") }
        cards.append(card)
        current = nil
      default:
        guard current != nil else { throw Failure(description: "propriété hors carte : \(line)") }
        current?.append(property)
      }
    }
    guard current == nil else { throw Failure(description: "carte non fermée") }
    return cards
  }

  private static func parseLine(_ line: String) throws -> Property {
    var inQuotes = false
    guard
      let colon = line.firstIndex(where: { character in
        if character == "\"" { inQuotes.toggle() }
        return character == ":" && !inQuotes
      })
    else { throw Failure(description: "ligne sans « : » : \(line)") }
    let head = line[..<colon].split(separator: ";").map(String.init)
    guard let name = head.first?.uppercased(), !name.isEmpty else {
      throw Failure(description: "nom de propriété vide")
    }
    let raw = String(line[line.index(after: colon)...])
    let isURI = uriProperties.contains(name) && !head.contains { $0.uppercased() == "VALUE=TEXT" }
    return Property(
      name: name, parameters: Array(head.dropFirst()), value: isURI ? raw : try unescape(raw))
  }

  private static func unescape(_ value: String) throws -> String {
    var result = ""
    var escaping = false
    for character in value {
      if escaping {
        switch character {
        case "n", "N": result.append("\n")
        case "\\", ",", ";": result.append(character)
        default: throw Failure(description: "échappement inconnu \\\(character)")
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    guard !escaping else { throw Failure(description: "\\ final") }
    return result
  }
}
